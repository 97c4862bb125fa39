package th.ita.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.ita.extract.RulingLine;
import th.ita.extract.RulingRows;

/**
 * The table cells a page's ruling lines draw: bands between horizontal lines that two or more vertical lines
 * cross, cut by those vertical lines. Used to put an OCR'd page's text in reading order cell by cell; the
 * structure stage rebuilds tables from the same lines on its own.
 */
final class TableGrid {


    /** A cell by its row and column, in points. */
    record Cell(int row, int column, double top) {
    }

    private final List<RulingRows> rows;

    TableGrid(List<RulingLine> rulings) {
        this.rows = RulingRows.of(rulings);
    }

    /** The cell holding the point, if it lies in a table. */
    Optional<Cell> cellAt(double x, double y) {
        for (int r = 0; r < rows.size(); r++) {
            RulingRows row = rows.get(r);
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
}
