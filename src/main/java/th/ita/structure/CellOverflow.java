package th.ita.structure;

import java.util.List;

import th.ita.extract.WordBox;

/**
 * A word a cell could not wrap runs on past its column. A browser breaks Thai only between dictionary words, so a
 * name wider than a narrow column ("สาธารณสุข" under ผู้รับผิดชอบ) is printed whole and reaches into the next
 * column, blank on that line. Such a word crosses the gap between two header cells as running text does, yet it
 * starts where the other lines of its cell start: at a left edge the table's own words share. Words of the first
 * column are left out: a heading under a table starts at the same margin as the first column. In a ruled table
 * such a word belongs to the cell it starts in, though most of it may lie in the next.
 */
final class CellOverflow {

    /** Left edges closer than this (points) are one column's edge. */
    private static final double SAME_EDGE = 0.5;
    /** Words of the table besides the run-on one that must start at its left edge: a column's, not a chance match. */
    private static final int EDGE_WORDS = 2;

    /** Share of its cell's width a word must cover from where it starts to count as run on from that cell. */
    private static final double FILLED = 0.6;

    private CellOverflow() {
    }

    /**
     * The cell a word belongs to among cells bounded by {@code xs}, given the cell {@code centred} its centre lies
     * in: the cell it starts in when it fills that cell from where it starts to the cell's right border and runs on
     * (a word run on to the right is most of it in the next cell), else {@code centred}. A word whose box merely
     * starts on the border before (an OCR box taking in the border's stroke) keeps its centre's cell.
     */
    static int startingCell(WordBox word, List<Double> xs, int centred) {
        for (int c = 0; c < centred; c++) {
            double left = xs.get(c);
            double right = xs.get(c + 1);
            if (word.x() >= left && word.x() < right) {
                return right - word.x() >= FILLED * (right - left) ? c : centred;
            }
        }
        return centred;
    }

    /**
     * Whether {@code word}, which crosses the gap {@code gap} between two header cells, is a cell's word run long:
     * it starts right of the first header cell, ends before the header cell after the gap does (running text
     * crosses gap after gap), and starts at the left edge of other words of {@code table} that end before the gap.
     */
    static boolean runsOnFromItsCell(WordBox word, double[] gap, double nextHeaderCellEnd, double firstHeaderCellEnd,
                                     List<WordBox> table) {
        if (word.x() <= firstHeaderCellEnd || word.x() + word.width() >= nextHeaderCellEnd) {
            return false;
        }
        return table.stream().filter(other -> other != word && Math.abs(other.x() - word.x()) <= SAME_EDGE
                && other.x() + other.width() < gap[0]).count() >= EDGE_WORDS;
    }
}
