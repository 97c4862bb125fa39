package th.ita.model;

import java.util.List;
import java.util.Optional;

/**
 * One row of a table, after rows split by a page break are joined again.
 *
 * @param cells   the row's cells left to right, each knowing its column header
 * @param group   the heading row this row sits under (กลยุทธ์ที่ ๑…, ด้าน…), empty when none
 * @param heading whether this row is itself a group heading (one text spanning the row)
 */
public record TableRow(List<TableCell> cells, Optional<String> group, boolean heading) {
    public TableRow {
        cells = cells == null ? List.of() : List.copyOf(cells);
        group = group == null ? Optional.empty() : group;
    }
}
