package th.ita.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import th.ita.extract.RulingLine;

/**
 * Vertical table borders rebuilt from the pieces a dotted border leaves on a bilevel scan. A border runs from one
 * horizontal border to another; text strokes that happen to line up across a few lines of text end inside a cell.
 * Its dots may be lost for a stretch, at its ends or between, and the text under or over a table may continue it
 * past the table's edge, so a border is the run of its column's pieces from near one border row to near another
 * that its pieces mostly cover, row by row. Table rows are cut at every border's height (as {@code RulingRows}
 * does), so a border whose own dots ran out before this column still ends it.
 */
final class DottedColumns {

    /** A border's ends must come this near a horizontal border where its last dots are lost ... */
    static final double END_INCHES = 0.15;
    /** ... and may run this far past one (specks, or the text beyond a table, continuing it). */
    static final double OVERSHOOT_INCHES = 0.3;
    /** Its pieces cover this share of every row it crosses: text strokes in line from row to row leave most bare. */
    static final double MIN_COVER = 0.6;
    /** Border rows closer than this (points) are one border found twice, as {@code RulingRows} takes them. */
    private static final double ROW_SNAP_POINTS = 2.0;

    private DottedColumns() {
    }

    /** Vertical pieces grouped by column (within a point of the column's first piece), each top down. */
    static List<List<RulingLine>> of(List<RulingLine> pieces) {
        List<RulingLine> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(RulingLine::x1));
        List<List<RulingLine>> out = new ArrayList<>();
        for (RulingLine piece : sorted) {
            if (out.isEmpty() || piece.x1() - out.get(out.size() - 1).get(0).x1() > 1) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(piece);
        }
        out.forEach(column -> column.sort(Comparator.comparingDouble(RulingLine::y1)));
        return out;
    }

    /**
     * The borders a column's dotted pieces make, top down: each from the border row nearest the top of one piece
     * to the row nearest the bottom of the furthest later one (a row up to {@link #END_INCHES} beyond the piece's end,
     * where its last dots were lost, or up to {@link #OVERSHOOT_INCHES} inside it, where specks or the text beyond a
     * table continue it), its pieces covering most of every row it crosses, and long enough for a dotted border.
     */
    static List<RulingLine> borders(List<RulingLine> column, List<Double> rows) {
        double reach = END_INCHES * 72;
        double overshoot = OVERSHOOT_INCHES * 72;
        List<RulingLine> borders = new ArrayList<>();
        double x = column.stream().mapToDouble(RulingLine::x1).average().orElseThrow();
        int first = 0;
        while (first < column.size()) {
            double start = column.get(first).y1();
            OptionalDouble top = nearest(rows, start, start - reach, start + overshoot);
            RulingLine best = null;
            int bestLast = first;
            double end = Double.NEGATIVE_INFINITY;
            for (int last = first; last < column.size() && top.isPresent(); last++) {
                end = Math.max(end, column.get(last).y2());
                OptionalDouble bottom = nearest(rows, end, end - overshoot, end + reach);
                if (bottom.isPresent() && bottom.getAsDouble() - top.getAsDouble() >= RulingLineDetector.MIN_DOTTED_VERTICAL_INCHES * 72) {
                    RulingLine candidate = new RulingLine(x, top.getAsDouble(), x, bottom.getAsDouble());
                    if (coversEveryRow(column.subList(first, last + 1), candidate, rows, overshoot)) {
                        best = candidate;
                        bestLast = last;
                    }
                }
            }
            if (best != null) {
                borders.add(best);
            }
            first = bestLast + 1;
        }
        return borders;
    }

    /**
     * Whether the pieces cover most of every row the vertical crosses: a column of two tables, one under the
     * other, would otherwise be joined across the bare paper between them. A piece's ink past a row it ends or
     * starts just beyond (within {@link #OVERSHOOT_INCHES}) is the text beyond a table, and covers nothing.
     */
    private static boolean coversEveryRow(List<RulingLine> pieces, RulingLine vertical, List<Double> rows, double overshoot) {
        List<double[]> spans = new ArrayList<>();
        for (RulingLine piece : pieces) {
            double from = piece.y1();
            double to = piece.y2();
            for (double y : rows) {
                if (y > from && y < from + overshoot && y < to) {
                    from = y;
                    break;
                }
            }
            for (int i = rows.size() - 1; i >= 0; i--) {
                double y = rows.get(i);
                if (y < to && y > to - overshoot && y > from) {
                    to = y;
                    break;
                }
            }
            spans.add(new double[] {from, to});
        }
        double top = vertical.y1();
        for (double y : rows) {
            if (y > top + ROW_SNAP_POINTS && y <= vertical.y2() + ROW_SNAP_POINTS) {
                double bottom = Math.min(y, vertical.y2());
                if (covered(spans, top, bottom) < MIN_COVER) {
                    return false;
                }
                top = bottom;
            }
        }
        return true;
    }

    /** The share of {@code [top, bottom]} that the spans (top down) cover. */
    private static double covered(List<double[]> spans, double top, double bottom) {
        double covered = 0;
        double reached = top;
        for (double[] span : spans) {
            double from = Math.max(reached, span[0]);
            double to = Math.min(bottom, span[1]);
            if (to > from) {
                covered += to - from;
                reached = to;
            }
        }
        return covered / (bottom - top);
    }

    /** The value in {@code [from, to]} nearest to {@code y}, if any. */
    private static OptionalDouble nearest(List<Double> values, double y, double from, double to) {
        return values.stream().filter(v -> v >= from && v <= to)
                .min(Comparator.comparingDouble(v -> Math.abs(v - y)))
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

}
