package th.ita.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A table row that a page break cut in two made whole again: the part on the next page continues each cell of the
 * part above, so a word or a number the break split ("ตุลาค" / "ม ๒๕๖๔", "ทุกกอง" / "งาน") joins as a wrapped line
 * does, and a list item starting below stays an item of its own.
 */
final class PageSplitRows {

    private PageSplitRows() {
    }

    /** The row {@code above} (the last on a page) continued by {@code below} (the first on the next). */
    static List<String> joined(List<String> above, List<String> below) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < Math.max(above.size(), below.size()); c++) {
            String top = c < above.size() ? above.get(c).strip() : "";
            String bottom = c < below.size() ? below.get(c).strip() : "";
            if (top.isEmpty() || bottom.isEmpty()) {
                row.add(top + bottom);
            } else {
                row.add(top + (CellText.startsItem(bottom) ? "\n" : ThaiText.joiner(top, bottom)) + bottom);
            }
        }
        return row;
    }
}
