package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import th.ita.extract.PageLayout;
import th.ita.extract.RulingLine;
import th.ita.extract.WordBox;

/**
 * A narrow table a browser printed with horizontal borders only: each cell's border is a segment of its own, the
 * cells' words run over into their neighbours, and the row under the header runs to the foot of the page.
 */
class SegmentedRulesTest {

    private static final LayoutFlowReader READER = new LayoutFlowReader(UnaryOperator.identity());
    private static final double[] JOINTS = {76.5, 116.25, 173.25, 201, 227.25, 283.5, 312};

    private static WordBox w(String text, double x, double y, double width) {
        return new WordBox(text, x, y, width, 10, 100);
    }

    private static List<RulingLine> ruleOfCells(double y) {
        List<RulingLine> segments = new ArrayList<>();
        for (int k = 0; k + 1 < JOINTS.length; k++) {
            segments.add(new RulingLine(JOINTS[k], y, JOINTS[k + 1], y));
        }
        return segments;
    }

    private static List<WordBox> words(WordBox... after) {
        List<WordBox> words = new ArrayList<>(List.of(
                w("มาตรการ/", 79.5, 196, 62), w("วิธีการ", 124.5, 196, 40), w("ผู้รับ", 175.9, 196, 25),
                w("ระยะ", 204.1, 196, 30), w("ผลการ", 234.9, 196, 40), w("ข้อ", 288.5, 196, 18),
                w("แนวทาง", 79.5, 218, 50), w("ดำเนินการ", 124.2, 218, 45), w("ผิดชอบ", 175.9, 218, 27),
                w("เวลา", 204.1, 218, 29), w("ดำเนินการ", 234.7, 218, 45), w("เสนอแนะ", 286.4, 218, 26),
                // the row: the unit and the month run on over the next column
                w("๑.๑", 79.5, 266, 22), w("๑.", 119.5, 266, 13), w("สาธารณสุข", 175.9, 266, 71),
                w("ตุลาคม", 204.1, 288, 44), w("จัดทำ", 230, 266, 35),
                w("กำหนด", 79.5, 288, 44), w("กำหนด", 119.5, 288, 44), w("ประกาศ", 230, 288, 49)));
        words.addAll(List.of(after));
        return words;
    }

    private static List<Block> read(List<WordBox> words, double... moreRules) {
        List<RulingLine> rules = new ArrayList<>(ruleOfCells(191.6));
        rules.addAll(ruleOfCells(259.1));
        for (double y : moreRules) {
            rules.addAll(ruleOfCells(y));
        }
        return READER.read(List.of(new PageLayout(3, 612, 792, words, rules)), new ProblemLog());
    }

    @Test
    void theJointsOfRulesDrawnCellByCellAreTheColumnsOfANarrowTable() {
        List<Block> blocks = read(words());

        assertThat(blocks).hasSize(1);
        Block.Table table = (Block.Table) blocks.get(0);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0)).containsExactly("มาตรการ/ แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ",
                "ระยะเวลา", "ผลการดำเนินการ", "ข้อเสนอแนะ");
        // a word belongs to the cell it starts in, however far it runs on
        assertThat(table.rows().get(1).get(2)).isEqualTo("สาธารณสุข");
        assertThat(table.rows().get(1).get(3)).isEqualTo("ตุลาคม");
    }

    @Test
    void aHeadingAMarginUnderTheTableIsNotARowOfIt() {
        List<Block> blocks = read(words(w("๒. ด้านการเปิดเผยข้อมูล การตรวจสอบ", 76.5, 340, 300)));

        assertThat(blocks).last().isEqualTo(new Block.Paragraph("๒. ด้านการเปิดเผยข้อมูล การตรวจสอบ"));
    }

    @Test
    void aHeadingBetweenTwoTablesRuledAlikeStaysOutOfBoth() {
        // the first table closes with a rule at 310; the heading stands between it and the next table's header
        List<Block> blocks = read(words(w("๒. ด้านการเปิดเผยข้อมูล", 76.5, 320, 200), w("ผลการ", 234.9, 350, 40)),
                310, 345, 380);

        assertThat(blocks).contains(new Block.Paragraph("๒. ด้านการเปิดเผยข้อมูล"));
    }

    @Test
    void aTableThePagesRightEdgeCutKeepsItsLastColumn() {
        // full borders, but the last column's right side lies past where the page cut the table off
        double[] sides = {108, 187.5, 282, 360.75};
        double cut = 519;
        List<RulingLine> rules = new ArrayList<>();
        for (double y : new double[] {381.4, 447.4}) {
            double from = sides[0];
            for (double x : new double[] {187.5, 282, 360.75, 424.5, cut}) {
                rules.add(new RulingLine(from, y, x, y));
                from = x;
            }
        }
        for (double x : new double[] {108, 187.5, 282, 360.75, 424.5}) {
            rules.add(new RulingLine(x, 381.4, x, 447.4));
        }
        List<WordBox> words = List.of(w("มาตรการ/แนวทาง", 112, 400, 60), w("วิธีการดำเนินการ", 191, 400, 70),
                w("ผู้รับผิดชอบ", 286, 400, 60), w("ระยะเวลา", 364, 400, 50), w("ผลการดำเนินก", 428, 400, 91));

        List<Block> blocks = READER.read(List.of(new PageLayout(4, 595, 842, words, rules)), new ProblemLog());

        assertThat(blocks).singleElement().isInstanceOf(Block.Table.class);
        assertThat(((Block.Table) blocks.get(0)).rows().get(0)).hasSize(5).last().isEqualTo("ผลการดำเนินก");
    }
}
