package th.ita.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableIterator;
import org.apache.poi.hwpf.usermodel.TableRow;

import th.ita.extract.OfficeTableSpans.Cell;
import th.ita.extract.OfficeTableSpans.Merge;
import th.ita.extract.OfficeTableSpans.Table;

/**
 * The tables of a Word 97 document (DOC). The format has no grid: a cell merged across columns is one wider cell,
 * so a cell's grid columns are counted between the cell edges that all rows of the table share; a vertical merge is
 * flagged on each cell (first, or covered).
 */
final class DocTableModel {

    /** Edges closer than this (twips, about 1 mm) are one grid line: producers round cell widths differently. */
    private static final int SAME_EDGE = 60;

    /** The body's top-level tables in document order. */
    List<Table> read(Path doc) throws IOException {
        List<Table> tables = new ArrayList<>();
        try (InputStream in = Files.newInputStream(doc)) {
            Range range = new HWPFDocument(in).getRange();
            TableIterator it = new TableIterator(range);
            while (it.hasNext()) {
                tables.add(table(it.next()));
            }
        }
        return tables;
    }

    private static Table table(org.apache.poi.hwpf.usermodel.Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                addEdge(edges, cell.getLeftEdge());
                addEdge(edges, cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> grid = List.copyOf(edges);
        List<List<Cell>> rows = new ArrayList<>();
        List<Integer> gridBefore = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = line(grid, cell.getLeftEdge());
                int to = line(grid, cell.getLeftEdge() + cell.getWidth());
                if (c == 0) {
                    gridBefore.add(Math.max(0, from));
                }
                Merge merge = !cell.isVerticallyMerged() ? Merge.NONE
                        : cell.isFirstVerticallyMerged() ? Merge.RESTART : Merge.CONTINUE;
                cells.add(new Cell(Math.max(1, to - from), merge));
            }
            if (row.numCells() == 0) {
                gridBefore.add(0);
            }
            rows.add(cells);
        }
        return new Table(rows, gridBefore);
    }

    private static void addEdge(TreeSet<Integer> edges, int edge) {
        Integer below = edges.floor(edge);
        Integer above = edges.ceiling(edge);
        if ((below == null || edge - below > SAME_EDGE) && (above == null || above - edge > SAME_EDGE)) {
            edges.add(edge);
        }
    }

    /** The grid line nearest an edge. */
    private static int line(List<Integer> grid, int edge) {
        int best = 0;
        for (int i = 1; i < grid.size(); i++) {
            if (Math.abs(grid.get(i) - edge) < Math.abs(grid.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }
}
