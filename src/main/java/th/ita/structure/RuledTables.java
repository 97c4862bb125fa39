package th.ita.structure;

import java.util.ArrayList;
import java.util.List;

import th.ita.extract.PageLayout;
import th.ita.extract.RulingRows;
import th.ita.extract.WordBox;

/**
 * Tables read from drawn borders: horizontal ruling lines cut the page into bands; a band crossed by two or more
 * vertical lines is a table row whose cells lie between those lines. Rows further apart than a few points are
 * separate tables. A band holding one cell (a frame drawn round a whole table) is no row, and a lone ruled row
 * that is a table header (a boxed header over a body without lines) is left to the borderless reading, so both
 * leave their words free for it. A last row the page foot cut, its verticals running on with no line under
 * them, is a row too ({@link OpenEndedRows}).
 */
final class RuledTables {

    /** Rows further apart than this are separate tables. */
    private static final double TABLE_GAP = 4.0;

    /** The tables found, placed at their top, and the words that lie in none of them. */
    record Reading(List<PlacedBlock> tables, List<WordBox> free) {
    }

    /** The tables of one page, their cells joined by {@code cellText}. */
    Reading read(PageLayout page, CellText cellText) {
        List<RulingRows> rows = OpenEndedRows.of(page.rulingLines(), page.words()).stream().filter(r -> r.xs().size() > 2).toList();
        List<List<List<WordBox>>> cells = new ArrayList<>();
        for (RulingRows row : rows) {
            List<List<WordBox>> rowCells = new ArrayList<>();
            for (int c = 0; c + 1 < row.xs().size(); c++) {
                rowCells.add(new ArrayList<>());
            }
            cells.add(rowCells);
        }
        List<WordBox> free = new ArrayList<>();
        for (WordBox w : page.words()) {
            if (!place(w, rows, cells)) {
                free.add(w);
            }
        }
        List<PlacedBlock> tables = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<WordBox> tableWords = new ArrayList<>();
        double tableTop = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0 && rows.get(r).top() - rows.get(r - 1).bottom() > TABLE_GAP) {
                close(table, tableWords, tableTop, tables, free);
                table = new ArrayList<>();
                tableWords = new ArrayList<>();
            }
            if (table.isEmpty()) {
                tableTop = rows.get(r).top();
            }
            List<String> texts = new ArrayList<>();
            for (List<WordBox> cell : cells.get(r)) {
                texts.add(cellText.of(cell));
                tableWords.addAll(cell);
            }
            if (texts.stream().anyMatch(t -> !t.isBlank())) {
                table.add(texts);
            }
        }
        close(table, tableWords, tableTop, tables, free);
        return new Reading(tables, free);
    }

    private static boolean place(WordBox w, List<RulingRows> rows, List<List<List<WordBox>>> cells) {
        double cx = w.x() + w.width() / 2;
        double cy = w.y() + w.height() / 2;
        for (int r = 0; r < rows.size(); r++) {
            RulingRows row = rows.get(r);
            if (cy < row.top() || cy > row.bottom()) {
                continue;
            }
            for (int c = 0; c + 1 < row.xs().size(); c++) {
                if (cx >= row.xs().get(c) && cx < row.xs().get(c + 1)) {
                    cells.get(r).get(CellOverflow.startingCell(w, row.xs(), c)).add(w);
                    return true;
                }
            }
        }
        return false;
    }

    private static void close(List<List<String>> table, List<WordBox> words, double top, List<PlacedBlock> tables,
                              List<WordBox> free) {
        if (table.isEmpty()) {
            return;
        }
        if (table.size() == 1 && BorderlessTables.headerColumns(table.get(0)).isPresent()) {
            free.addAll(words);
            return;
        }
        tables.add(new PlacedBlock(top, new Block.Table(table)));
    }
}
