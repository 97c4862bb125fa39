package th.ita.extract.ocr;

import java.util.List;

import th.ita.extract.RulingLine;

/**
 * Drops the horizontal "borders" that begin and end inside one cell of a ruled table. A table's row borders run
 * from one column border to another; a run of ink that stops short of the column borders on both sides, with none
 * between, lies along the foot of a line of text (a sans-serif font's flat letter feet on a bilevel scan, Umpush at
 * 200 dpi) and would cut the row in two, its cell's text split between two rows. Erasing it would also cut the
 * letters it runs along, so such runs are dropped before the page's borders are erased.
 */
final class RunsInsideCells {

    /** How far short of a column border a row border may stop and still meet it: blur and skew left over. */
    static final double MEET_INCHES = 0.05;
    /** Points a vertical line may fall short of the height it is asked to cross. */
    private static final double SPAN_SLACK = 2.0;

    private RunsInsideCells() {
    }

    /** The lines without the horizontal runs that lie inside one cell; lines in points. */
    static List<RulingLine> without(List<RulingLine> lines) {
        List<RulingLine> verticals = lines.stream().filter(RulingLine::isVertical).toList();
        if (verticals.size() < 2) {
            return lines;
        }
        List<RulingLine> kept = lines.stream().filter(l -> !l.isHorizontal() || !insideOneCell(l, verticals)).toList();
        return kept.size() == lines.size() ? lines : kept;
    }

    private static boolean insideOneCell(RulingLine line, List<RulingLine> verticals) {
        double meet = MEET_INCHES * 72;
        double from = Math.min(line.x1(), line.x2());
        double to = Math.max(line.x1(), line.x2());
        List<Double> crossing = verticals.stream()
                .filter(v -> Math.min(v.y1(), v.y2()) - SPAN_SLACK <= line.y1() && line.y1() <= Math.max(v.y1(), v.y2()) + SPAN_SLACK)
                .map(RulingLine::x1).toList();
        boolean borderBefore = crossing.stream().anyMatch(x -> x < from - meet);
        boolean borderAfter = crossing.stream().anyMatch(x -> x > to + meet);
        boolean meetsOne = crossing.stream().anyMatch(x -> x >= from - meet && x <= to + meet);
        return borderBefore && borderAfter && !meetsOne;
    }
}
