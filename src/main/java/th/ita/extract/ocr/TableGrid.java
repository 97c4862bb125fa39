package th.ita.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.ita.extract.RulingLine;

/**
 * The table cells a page's ruling lines draw: bands between horizontal lines that two or more vertical lines
 * cross, cut by those vertical lines. Used to put an OCR'd page's text in reading order cell by cell; the
 * structure stage rebuilds tables from the same lines on its own.
 */
final class TableGrid {

    private static final double SNAP = 2.0;
    private static final double MIN_ROW_HEIGHT = 4.0;

    /** A cell by its row and column, in points. */
    record Cell(int row, int column, double top) {
    }

    private record Row(double top, double bottom, List<Double> xs) {
    }

    private final List<Row> rows;

    TableGrid(List<RulingLine> rulings) {
        List<Double> ys = snap(rulings.stream().filter(RulingLine::isHorizontal).map(RulingLine::y1).toList());
        List<RulingLine> verticals = rulings.stream().filter(RulingLine::isVertical).toList();
        List<Row> found = new ArrayList<>();
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
                found.add(new Row(top, bottom, xs));
            }
        }
        this.rows = List.copyOf(found);
    }

    /** The cell holding the point, if it lies in a table. */
    Optional<Cell> cellAt(double x, double y) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (y < row.top() || y > row.bottom()) {
                continue;
            }
            for (int c = 0; c + 1 < row.xs().size(); c++) {
                if (x >= row.xs().get(c) && x < row.xs().get(c + 1)) {
                    return Optional.of(new Cell(r, c, row.top()));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Double> snap(List<Double> values) {
        List<Double> out = new ArrayList<>();
        for (double v : values.stream().sorted().toList()) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > SNAP) {
                out.add(v);
            }
        }
        return out;
    }
}
