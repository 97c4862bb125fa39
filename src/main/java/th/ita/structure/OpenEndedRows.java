package th.ita.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import th.ita.extract.RulingLine;
import th.ita.extract.RulingRows;
import th.ita.extract.WordBox;

/**
 * The rows of a ruled table, with the last row a page break cut. A renderer that draws each cell's top and side
 * borders (headless Chromium does) draws no line under a row the page foot cuts: its verticals start at the row's
 * top line and run on to the page foot with nothing across their ends. Read between lines only, that row's words
 * fall out of the table; a band from the line the verticals start at down to where they end is that row.
 */
final class OpenEndedRows {

    /** Letters a page foot may hold under a cut table: a page number, "หน้า ๓ จาก ๑๒". */
    private static final int PAGE_FOOT_LETTERS = 20;
    /** Shorter runs are a border's corner or a tick, not a row's sides. */
    private static final double MIN_ROW_HEIGHT = 4.0;

    private OpenEndedRows() {
    }

    /**
     * The rows between lines, and the open row a page break cut: only when nothing but a page number or a running
     * foot stands under the verticals' ends, since a table whose bottom line a scan lost has its text after it.
     */
    static List<RulingRows> of(List<RulingLine> rulings, List<WordBox> words) {
        List<RulingRows> rows = new ArrayList<>(RulingRows.of(rulings));
        List<Double> ys = rulings.stream().filter(RulingLine::isHorizontal).map(RulingLine::y1).toList();
        List<RulingLine> verticals = rulings.stream().filter(RulingLine::isVertical).toList();
        for (double top : RulingRows.snap(ys)) {
            List<RulingLine> sides = verticals.stream()
                    .filter(v -> Math.abs(Math.min(v.y1(), v.y2()) - top) <= RulingRows.SNAP)
                    .filter(v -> Math.max(v.y1(), v.y2()) - top >= MIN_ROW_HEIGHT)
                    .toList();
            if (sides.size() < 2) {
                continue;
            }
            double bottom = sides.stream().mapToDouble(v -> Math.max(v.y1(), v.y2())).min().orElseThrow();
            boolean closed = ys.stream().anyMatch(y -> y > top + RulingRows.SNAP && y <= bottom + RulingRows.SNAP);
            if (closed || textBelow(words, bottom)) {
                continue;
            }
            List<Double> xs = RulingRows.snap(sides.stream().map(RulingLine::x1).toList());
            if (xs.size() >= 2) {
                rows.add(new RulingRows(top, bottom, List.copyOf(xs)));
            }
        }
        rows.sort(Comparator.comparingDouble(RulingRows::top));
        return List.copyOf(rows);
    }

    private static boolean textBelow(List<WordBox> words, double bottom) {
        return words.stream().filter(w -> w.y() + w.height() / 2 > bottom)
                .mapToInt(w -> w.text().strip().length()).sum() > PAGE_FOOT_LETTERS;
    }
}
