package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import th.ita.extract.WordBox;

/**
 * Where a wide gap between two header cells lies in the body when the body leaves no clear stretch of it empty.
 * OCR boxes a word by its ink, and a list dash hangs left of its cell's text: under a wide header gap, one cell's
 * longest line may end a hair before the next cell's dashes start, so the empty stretch between them is narrower
 * than a point, or a single word runs on across it. A cell written as two header words is crossed by its body on
 * line after line; two columns are crossed by a word now and then. So the bound lies where the fewest body words
 * cross the gap, the widest such stretch, when hardly any lines cross it there.
 */
final class NarrowColumnGaps {

    /** Body lines per word that may cross a column gap: one line in ten runs on. */
    private static final int LINES_PER_CROSSING = 10;

    private NarrowColumnGaps() {
    }

    /**
     * The middle of the stretch of {@code [from, to]} that the fewest of {@code covering} (their x extents clipped
     * to the gap) cross, the widest of those; empty when more than one word in {@link #LINES_PER_CROSSING} body
     * lines would cross it.
     */
    static OptionalDouble leastCrossed(double from, double to, List<double[]> covering, int bodyLines) {
        List<Double> edges = new ArrayList<>(List.of(from, to));
        for (double[] c : covering) {
            edges.add(c[0]);
            edges.add(c[1]);
        }
        edges.sort(Double::compare);
        int fewest = Integer.MAX_VALUE;
        double widest = 0;
        double middle = Double.NaN;
        for (int i = 0; i + 1 < edges.size(); i++) {
            double left = edges.get(i);
            double right = edges.get(i + 1);
            if (right <= left) {
                continue;
            }
            double x = (left + right) / 2;
            int crossing = (int) covering.stream().filter(c -> c[0] < x && x < c[1]).count();
            if (crossing < fewest || crossing == fewest && right - left > widest) {
                fewest = crossing;
                widest = right - left;
                middle = x;
            }
        }
        return Double.isNaN(middle) || fewest > bodyLines / LINES_PER_CROSSING
                ? OptionalDouble.empty() : OptionalDouble.of(middle);
    }
}
