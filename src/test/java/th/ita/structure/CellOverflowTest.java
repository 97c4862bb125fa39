package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import th.ita.extract.PageLayout;
import th.ita.extract.WordBox;

/**
 * A browser's borderless table whose responsible column is too narrow for "สาธารณสุข": the word is printed whole
 * and reaches into the period column, blank on that line, across the gap between the centred header cells.
 */
class CellOverflowTest {

    private static final LayoutFlowReader READER = new LayoutFlowReader(UnaryOperator.identity());

    private static WordBox w(String text, double x, double y, double width) {
        return new WordBox(text, x, y, width, 10, 100);
    }

    private static List<WordBox> page(WordBox... after) {
        List<WordBox> words = new ArrayList<>(List.of(
                w("มาตรการ/แนวทาง", 60, 60, 80), w("วิธีการดำเนินการ", 170, 60, 80), w("ผู้รับผิดชอบ", 275, 60, 45),
                w("ระยะเวลา", 336, 60, 32), w("ผลการดำเนินการ", 391, 60, 85)));
        String[] units = {"- กอง", "ช่าง", "กอง"};
        for (int line = 0; line < units.length; line++) {
            double y = 90 + 26 * line;
            words.add(w(line == 0 ? "๑.๑ การเปิดเผย" : "ข้อมูล" + line, 60, y, 60));
            words.add(w("จัดทำโครงการ" + line, 160, y, 80));
            words.add(w(units[line], 272, y, 24));
            words.add(w("ดำเนินการแล้ว" + line, 380, y, 70));
        }
        words.addAll(List.of(w("ปฏิบัติงาน", 160, 168, 58), w("สาธารณสุข", 272, 168, 64), w("เผยแพร่แล้ว", 380, 168, 60)));
        words.addAll(List.of(after));
        return words;
    }

    private static List<Block> read(List<WordBox> words) {
        return READER.read(List.of(new PageLayout(1, 600, 800, words, List.of())), new ProblemLog());
    }

    @Test
    void aNamePrintedWholePastItsNarrowColumnStaysInItsCell() {
        List<Block> blocks = read(page());

        assertThat(blocks).hasSize(1);
        Block.Table table = (Block.Table) blocks.get(0);
        assertThat(table.rows().get(0)).hasSize(5);
        assertThat(table.rows().get(1).get(2)).contains("กอง", "ช่าง", "สาธารณสุข");
        assertThat(table.rows().get(1).get(3)).isEmpty();
        assertThat(table.rows().get(1).get(4)).contains("เผยแพร่แล้ว");
    }

    @Test
    void runningTextStartingAtACellsEdgeStillEndsTheTable() {
        // a line under the table whose second word happens to start where the responsible cells start, and runs
        // on past the period column's header too
        List<Block> blocks = read(page(w("สรุปผล", 60, 220, 40), w("การดำเนินงานทั้งหมด", 272, 220, 100)));

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1)).isInstanceOf(Block.Paragraph.class);
    }
}
