package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of one XHTML table laid on its grid, as the HTML table model has it: a cell spanning columns leaves
 * empty cells to its right so the next cell stays under its header, and a cell spanning rows stands in each row it
 * covers, except in a row that continues the one above (its first cell is covered: one unit written over several
 * rows), where covered cells stay empty so the unit's text is not read twice. Header cells spanning rows make the
 * rows they cover part of the header: their words are joined column by column into one header row.
 */
final class HtmlTableGrid {

    /** Past this a span is taken as damage: no report table is wider or longer in one cell. */
    static final int MAX_SPAN = 1000;

    private enum Kind { OWN, SPANNED, COVERED }

    private record Slot(String text, Kind kind) {
    }

    /** A cell spanning rows, seen from the rows below it: how many more it covers and its text. */
    private static final class Covering {
        int rows;
        final String text;

        Covering(int rows, String text) {
            this.rows = rows;
            this.text = text;
        }
    }

    private final List<List<Slot>> rows = new ArrayList<>();
    private final Map<Integer, Covering> covering = new TreeMap<>();
    private List<Slot> row;
    private int firstRowDepth = 1;
    private boolean firstRowGroups;

    void startRow() {
        row = new ArrayList<>();
    }

    void cell(String text, int colspan, int rowspan) {
        if (row == null) {
            startRow();
        }
        placeCovered(false);
        int column = row.size();
        row.add(new Slot(text, Kind.OWN));
        for (int i = 1; i < colspan; i++) {
            row.add(new Slot("", Kind.SPANNED));
        }
        if (rowspan > 1) {
            for (int i = 0; i < colspan; i++) {
                covering.put(column + i, new Covering(rowspan - 1, i == 0 ? text : ""));
            }
            if (rows.isEmpty()) {
                firstRowDepth = Math.max(firstRowDepth, rowspan);
            }
        }
        if (colspan > 1 && rows.isEmpty()) {
            firstRowGroups = true;
        }
    }

    void endRow() {
        if (row == null) {
            return;
        }
        placeCovered(true);
        rows.add(row);
        row = null;
    }

    /**
     * Places the cells covered from above at the row's current end: only the next one when a cell follows (it may
     * sit between covered columns), every remaining one at the row's end (with empty cells for columns the row
     * left out before them).
     */
    private void placeCovered(boolean atRowEnd) {
        while (true) {
            int column = row.size();
            Covering next = covering.get(column);
            if (next == null) {
                if (!atRowEnd || covering.keySet().stream().noneMatch(c -> c > column)) {
                    return;
                }
                row.add(new Slot("", Kind.OWN));
                continue;
            }
            row.add(new Slot(next.text, Kind.COVERED));
            if (--next.rows == 0) {
                covering.remove(column);
            }
        }
    }

    /** The table's rows as cell texts, the header rows joined into one. */
    List<List<String>> rows() {
        endRow();
        List<List<String>> out = new ArrayList<>();
        for (List<Slot> slots : rows) {
            boolean continues = !slots.isEmpty() && slots.get(0).kind() == Kind.COVERED;
            List<String> cells = new ArrayList<>();
            for (Slot s : slots) {
                cells.add(s.kind() == Kind.SPANNED || (s.kind() == Kind.COVERED && continues) ? "" : s.text());
            }
            out.add(cells);
        }
        // a two-level header: a heading grouping the columns below it, the others spanning down beside it
        int header = firstRowGroups ? Math.min(firstRowDepth, out.size()) : 1;
        if (header <= 1) {
            return out;
        }
        List<String> joined = new ArrayList<>();
        int width = out.subList(0, header).stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < width; c++) {
            StringBuilder words = new StringBuilder();
            for (List<String> r : out.subList(0, header)) {
                String t = c < r.size() ? r.get(c).strip() : "";
                if (!t.isEmpty()) {
                    words.append(words.length() == 0 ? "" : " ").append(t);
                }
            }
            joined.add(words.toString());
        }
        List<List<String>> result = new ArrayList<>();
        result.add(joined);
        result.addAll(out.subList(header, out.size()));
        return result;
    }

    /** A span attribute's value: 1 when absent, unreadable or out of bounds. */
    static int span(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n < 1 || n > MAX_SPAN ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
