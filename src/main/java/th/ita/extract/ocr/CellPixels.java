package th.ita.extract.ocr;

import java.util.ArrayList;
import java.util.List;

import th.ita.extract.RulingLine;
import th.ita.extract.RulingRows;

/**
 * A ruled table cell in image pixels, kept clear of its borders by an inset, where remnants of the erased lines lie.
 *
 * @param x0 left, inclusive
 * @param y0 top, inclusive
 * @param x1 right, exclusive
 * @param y1 bottom, exclusive
 */
record CellPixels(int x0, int y0, int x1, int y1) {

    /** Kept clear of the cell's borders. */
    static final double INSET_INCHES = 0.03;

    int width() {
        return x1 - x0;
    }

    int height() {
        return y1 - y0;
    }

    /** The word's middle lies in the cell. */
    boolean holds(HocrPage.Word word) {
        int x = (word.left() + word.right()) / 2;
        int y = (word.top() + word.bottom()) / 2;
        return x >= x0 && x < x1 && y >= y0 && y < y1;
    }

    /** Every cell the page's ruling lines draw, row by row, left to right. */
    static List<CellPixels> of(List<RulingLine> rulingsInPoints, int dpi) {
        double scale = dpi / 72.0;
        int inset = (int) Math.round(INSET_INCHES * dpi);
        List<CellPixels> cells = new ArrayList<>();
        for (RulingRows row : RulingRows.of(rulingsInPoints)) {
            for (int c = 0; c + 1 < row.xs().size(); c++) {
                cells.add(new CellPixels((int) (row.xs().get(c) * scale) + inset, (int) (row.top() * scale) + inset,
                        (int) (row.xs().get(c + 1) * scale) - inset, (int) (row.bottom() * scale) - inset));
            }
        }
        return cells;
    }
}
