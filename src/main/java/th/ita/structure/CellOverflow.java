package th.ita.structure;

import java.util.List;

import th.ita.extract.WordBox;

/**
 * A word a cell could not wrap runs on past its column. A browser breaks Thai only between dictionary words, so a
 * name wider than a narrow column ("สาธารณสุข" under ผู้รับผิดชอบ) is printed whole and reaches into the next
 * column, blank on that line. Such a word crosses the gap between two header cells as running text does, yet it
 * starts where the other lines of its cell start: at a left edge the table's own words share. Words of the first
 * column are left out: a heading under a table starts at the same margin as the first column.
 */
final class CellOverflow {

    /** Left edges closer than this (points) are one column's edge. */
    private static final double SAME_EDGE = 0.5;
    /** Words of the table besides the run-on one that must start at its left edge: a column's, not a chance match. */
    private static final int EDGE_WORDS = 2;

    private CellOverflow() {
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
