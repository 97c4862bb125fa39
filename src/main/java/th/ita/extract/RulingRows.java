package th.ita.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a ruled table: bands between horizontal lines that vertical lines cross from top to bottom, each with
 * the x positions of those verticals. Text PDFs and OCR'd pages share this, so both cut cells the same way.
 *
 * @param top    the band's upper line
 * @param bottom the band's lower line
 * @param xs     the verticals crossing the whole band, left to right (at least two)
 */
public record RulingRows(double top, double bottom, List<Double> xs) {

    /** Lines closer than this (points) are one line drawn twice or slightly offset. */
    public static final double SNAP = 2.0;
    /** Bands thinner than this are double borders, not rows. */
    private static final double MIN_ROW_HEIGHT = 4.0;

    public static List<RulingRows> of(List<RulingLine> rulings) {
        List<Double> ys = snap(rulings.stream().filter(RulingLine::isHorizontal).map(RulingLine::y1).toList());
        List<RulingLine> verticals = rulings.stream().filter(RulingLine::isVertical).toList();
        List<RulingRows> rows = new ArrayList<>();
        for (int i = 0; i + 1 < ys.size(); i++) {
            double top = ys.get(i);
            double bottom = ys.get(i + 1);
            if (bottom - top < MIN_ROW_HEIGHT) {
                continue;
            }
            List<Double> xs = snap(verticals.stream()
                    .filter(v -> Math.min(v.y1(), v.y2()) <= top + SNAP && Math.max(v.y1(), v.y2()) >= bottom - SNAP)
                    .map(RulingLine::x1).toList());
            if (xs.size() >= 2) {
                rows.add(new RulingRows(top, bottom, List.copyOf(xs)));
            }
        }
        return List.copyOf(rows);
    }

    /** The positions of lines, left to right or top to bottom, each line drawn twice or offset taken once. */
    public static List<Double> snap(List<Double> values) {
        List<Double> out = new ArrayList<>();
        for (double v : values.stream().sorted().toList()) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > SNAP) {
                out.add(v);
            }
        }
        return out;
    }
}
