package th.ita.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a table row that a page break cut in two. In a table whose rows open with a code (a measure number, an
 * indicator, an assessment form), a row at the top of the next page whose first filled cell opens with none is
 * the rest of the last row of the page before, often cut inside a word ("การใช้งบ" / "ประมาณ"): each cell is
 * joined to its first part as a wrapped line ({@link CellText#joinCarried}), so its words and list items come out
 * whole instead of as a row of fragments.
 */
final class CarriedRows {

    /**
     * Text between the two parts up to this long (a page number, a short running head) does not part them; a
     * heading does ("๒. ด้านการเปิดเผยข้อมูล" opens a table of its own).
     */
    private static final int PAGE_BREAK_TEXT = 12;

    private CarriedRows() {
    }

    /**
     * Joins the first row of the first table in {@code next} (a page's blocks) to the last row of the last table in
     * {@code blocks} (the pages before) when it is the rest of that row; {@code before} read the cells of the page
     * the row started on; {@code readings} say which rows are a repeated header.
     */
    static void join(List<Block> blocks, List<Block> next, CellText before, CellReadings readings) {
        int last = lastTable(blocks);
        int first = firstTable(next);
        if (last < 0 || first < 0) {
            return;
        }
        Block.Table above = (Block.Table) blocks.get(last);
        Block.Table below = (Block.Table) next.get(first);
        int rest = 0;
        while (rest < below.rows().size() && readings.header(below.rows().get(rest))) {
            rest++;
        }
        if (rest == below.rows().size() || !opensWithCodes(blocks) && !opensWithCodes(next)) {
            return;
        }
        List<String> tail = above.rows().get(above.rows().size() - 1);
        List<String> carried = below.rows().get(rest);
        if (tail.size() != carried.size() || readings.header(tail) || opensItem(carried)) {
            return;
        }
        List<String> joined = new ArrayList<>();
        for (int c = 0; c < tail.size(); c++) {
            joined.add(before.joinCarried(tail.get(c), carried.get(c)));
        }
        List<List<String>> aboveRows = new ArrayList<>(above.rows());
        aboveRows.set(aboveRows.size() - 1, joined);
        blocks.set(last, new Block.Table(aboveRows, above.pages()));
        List<List<String>> belowRows = new ArrayList<>(below.rows());
        belowRows.remove(rest);
        if (belowRows.size() == rest) {
            // the page held nothing but the rest of the row (and a repeated header): the next page continues it
            next.remove(first);
        } else {
            next.set(first, new Block.Table(belowRows, below.pages()));
        }
    }

    /** The last table when only a little text (a page number) follows it, else -1. */
    private static int lastTable(List<Block> blocks) {
        return tableAtEdge(blocks, blocks.size() - 1, -1);
    }

    /** The first table when only a little text (a running head) precedes it, else -1. */
    private static int firstTable(List<Block> blocks) {
        return tableAtEdge(blocks, 0, 1);
    }

    /** The first table met walking from {@code start} by {@code step}, when little text lies before it, else -1. */
    private static int tableAtEdge(List<Block> blocks, int start, int step) {
        int text = 0;
        for (int i = start; i >= 0 && i < blocks.size(); i += step) {
            if (blocks.get(i) instanceof Block.Paragraph p) {
                text += p.text().strip().length();
            } else {
                return text <= PAGE_BREAK_TEXT ? i : -1;
            }
        }
        return -1;
    }

    /** Whether rows of these tables open with codes: a page's table may hold none when rows are tall. */
    private static boolean opensWithCodes(List<Block> blocks) {
        return blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .anyMatch(t -> t.rows().stream().anyMatch(CarriedRows::opensItem));
    }

    /** Whether the row's first filled cell opens with a row code. */
    private static boolean opensItem(List<String> row) {
        return row.stream().map(String::strip).filter(c -> !c.isEmpty()).findFirst()
                .map(BorderlessRows::opensRow).orElse(false);
    }

    /** The rows with the spaces {@link CellText} leaves at the end of a cell taken off. */
    static Block stripped(Block block) {
        if (block instanceof Block.Table table) {
            return new Block.Table(table.rows().stream().map(r -> r.stream().map(String::strip).toList()).toList(),
                    table.pages());
        }
        return block;
    }
}
