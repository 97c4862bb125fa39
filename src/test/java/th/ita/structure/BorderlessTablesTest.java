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
 * Tables rebuilt from positioned words alone, on synthetic pages laid out as a word processor does: 10 pt high
 * words on an 18 pt line pitch, 4 pt of cell padding between rows, header cells centred in their columns.
 */
class BorderlessTablesTest {

    private static final LayoutFlowReader READER = new LayoutFlowReader(UnaryOperator.identity());

    private static WordBox w(String text, double x, double y, double width) {
        return new WordBox(text, x, y, width, 10, 100);
    }

    /** A measures header over five columns whose first and third cells wrap into short lines. */
    private static List<WordBox> header(double top) {
        return List.of(
                w("มาตร", 70, top, 30), w("การ/", 72, top + 18, 26), w("แนวท", 70, top + 36, 30), w("าง", 78, top + 54, 14),
                w("วิธีการดำเนินการ", 150, top + 27, 80),
                w("ผู้รับ", 275, top + 18, 30), w("ผิดชอบ", 272, top + 36, 36),
                w("ระยะเวลา", 345, top + 27, 45),
                w("ผลการดำเนินการ", 420, top + 27, 70));
    }

    private static List<Block> read(List<PageLayout> pages) {
        return READER.read(pages, new ProblemLog());
    }

    private static PageLayout page(int number, List<WordBox> words, List<RulingLine> rules) {
        return new PageLayout(number, 600, 800, words, rules);
    }

    private static List<WordBox> firstPage() {
        List<WordBox> words = new ArrayList<>(List.of(w("ผลการดำเนินงานตามมาตรการ ดังนี้", 50, 60, 300)));
        words.addAll(header(100));
        // row 1.1, its responsible cell "สำนักปลัด" broken by the narrow column
        words.addAll(List.of(w("๑.๑", 50, 186, 14), w("กำหนดนโยบาย", 66, 186, 60),
                w("จัดทำประกาศ", 135, 186, 60), w("นโยบาย", 135, 204, 40),
                w("สำนัก", 262, 186, 30), w("ปลัด", 262, 204, 24),
                w("ตุลาคม", 335, 186, 35), w("ดำเนินการแล้ว", 405, 186, 70)));
        // row 1.2 after the padding between rows
        words.addAll(List.of(w("๑.๒", 50, 226, 14), w("บทบาทผู้บริหาร", 66, 226, 60),
                w("ประชุมชี้แจง", 135, 226, 60), w("ทุกกองงาน", 262, 226, 50), w("ผลการประชุม", 405, 226, 60)));
        return words;
    }

    @Test
    void aTableWithoutBordersIsReadFromItsHeaderVocabularyAndWhitespace() {
        List<Block> blocks = read(List.of(page(1, firstPage(), List.of())));

        assertThat(blocks.get(0)).isEqualTo(new Block.Paragraph("ผลการดำเนินงานตามมาตรการ ดังนี้"));
        assertThat(((Block.Table) blocks.get(1)).rows()).containsExactly(
                List.of("มาตรการ/ แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"),
                List.of("๑.๑ กำหนดนโยบาย", "จัดทำประกาศนโยบาย", "สำนักปลัด", "ตุลาคม", "ดำเนินการแล้ว"),
                List.of("๑.๒ บทบาทผู้บริหาร", "ประชุมชี้แจง", "ทุกกองงาน", "", "ผลการประชุม"));
    }

    @Test
    void twoHeaderCellsStayTwoColumnsWhenOnlySomeLinesRunAWordOverTheirGap() {
        List<WordBox> words = new ArrayList<>(List.of(w("ผลการดำเนินงานตามมาตรการ ดังนี้", 50, 60, 300)));
        words.addAll(header(100));
        // between the responsible (ends at 308) and period (starts at 345) header cells every point is covered by
        // some body word, but at any point but one stretch two words or more never cross together
        words.addAll(List.of(w("๑.๑", 50, 186, 14), w("กำหนดนโยบาย", 66, 186, 60), w("จัดทำประกาศ", 135, 186, 60),
                w("สำนักงานปลัด", 262, 186, 56), w("ตุลาคม", 335, 186, 35), w("ดำเนินการแล้ว", 405, 186, 70),
                w("กองคลัง", 262, 204, 38), w("๒๕๖๔", 320, 204, 25),
                w("กองสาธารณสุข", 262, 222, 59), w("กันยายน", 335, 222, 40)));
        words.addAll(List.of(w("๑.๒", 50, 262, 14), w("บทบาทผู้บริหาร", 66, 262, 60),
                w("ประชุมชี้แจง", 135, 262, 60), w("ทุกกองงาน", 262, 262, 50), w("ตลอดปี", 335, 262, 35),
                w("ผลการประชุม", 405, 262, 60), w("สำนักปลัด", 262, 280, 45), w("๒๕๖๔", 335, 280, 25),
                w("กองคลัง", 262, 298, 38)));
        // the rest of row 1.2: a long method and result, as most rows of a real table have
        for (int line = 0; line < 6; line++) {
            words.add(w("ขั้นตอน", 135, 316 + 18 * line, 40));
            words.add(w("ผลงาน", 405, 316 + 18 * line, 35));
        }

        List<List<String>> rows = ((Block.Table) read(List.of(page(1, words, List.of()))).get(1)).rows();

        assertThat(rows.get(0)).containsExactly("มาตรการ/ แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา",
                "ผลการดำเนินการ");
        assertThat(rows.get(1).get(2)).isEqualTo("สำนักงานปลัดกองคลังกองสาธารณสุข");
        assertThat(rows.get(1).get(3)).isEqualTo("ตุลาคม ๒๕๖๔ กันยายน");
        assertThat(rows.get(2).subList(2, 4)).containsExactly("ทุกกองงานสำนักปลัดกองคลัง", "ตลอดปี ๒๕๖๔");
    }

    @Test
    void aRowThatSizesItsColumnsOnItsOwnStaysInTheTable() {
        List<WordBox> words = new ArrayList<>(firstPage());
        // row 1.3 widens its first column over the header's gap (a DOCX written from HTML sizes each row alone)
        words.addAll(List.of(w("๑.๓", 50, 266, 14), w("การดำเนินงานด้านจริยธรรม", 66, 266, 94),
                w("จัดอบรม", 165, 266, 50), w("กองคลัง", 262, 266, 38), w("ตลอดปี", 335, 266, 35),
                w("อบรมแล้ว", 405, 266, 45), w("และความโปร่งใส", 66, 284, 74), w("คุณธรรม", 165, 284, 35)));
        words.add(w("จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไปตามระเบียบ", 50, 340, 420));

        List<Block> blocks = read(List.of(page(1, words, List.of())));

        assertThat(((Block.Table) blocks.get(1)).rows()).hasSize(4).last().isEqualTo(
                List.of("๑.๓ การดำเนินงานด้านจริยธรรมและความโปร่งใส", "จัดอบรมคุณธรรม", "กองคลัง", "ตลอดปี", "อบรมแล้ว"));
        assertThat(blocks.get(2)).isEqualTo(new Block.Paragraph("จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไปตามระเบียบ"));
    }

    @Test
    void aLetterWrappedAloneAboveTheNextHeaderStaysInItsRow() {
        List<WordBox> words = new ArrayList<>(header(100));
        words.addAll(List.of(w("๑.๑", 50, 186, 14), w("กำหนดนโยบาย", 66, 186, 60), w("ประกา", 160, 186, 30),
                w("ศ", 160, 204, 6)));
        words.addAll(header(260));
        words.addAll(List.of(w("๑.๒", 50, 346, 14), w("บทบาทผู้บริหาร", 66, 346, 60), w("ผลการประชุม", 405, 346, 60)));

        List<Block> blocks = read(List.of(page(1, words, List.of())));

        assertThat(((Block.Table) blocks.get(0)).rows().get(1)).containsExactly("๑.๑ กำหนดนโยบาย", "ประกาศ", "", "", "");
    }

    @Test
    void aLineOfRunningTextAfterTheTableEndsIt() {
        List<WordBox> words = new ArrayList<>(firstPage());
        words.add(w("จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไปตามระเบียบ", 50, 262, 420));

        List<Block> blocks = read(List.of(page(1, words, List.of())));

        assertThat(((Block.Table) blocks.get(1)).rows()).hasSize(3);
        assertThat(blocks.get(2)).isEqualTo(new Block.Paragraph("จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไปตามระเบียบ"));
    }

    @Test
    void twoHeaderWordsOverOneColumnOfBodyTextAreOneColumn() {
        List<WordBox> words = new ArrayList<>(header(100));
        // "ผลการดำเนินการ" written as two words with a space; the body's lines run under the gap between them
        words.removeIf(w -> w.text().equals("ผลการดำเนินการ"));
        words.addAll(List.of(w("ผลการ", 420, 127, 30), w("ดำเนินการ", 454, 127, 40)));
        words.addAll(List.of(w("๑.๑", 50, 186, 14), w("จัดทำ", 135, 186, 40), w("ดำเนินการครบทุกขั้นตอน", 405, 186, 100)));

        List<Block> blocks = read(List.of(page(1, words, List.of())));

        assertThat(((Block.Table) blocks.get(0)).rows()).containsExactly(
                List.of("มาตรการ/ แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการ ดำเนินการ"),
                List.of("๑.๑", "จัดทำ", "", "", "ดำเนินการครบทุกขั้นตอน"));
    }

    @Test
    void aTableRunningToTheFootOfThePageContinuesOnTheNextWithoutARepeatedHeader() {
        List<WordBox> next = List.of(w("กรมส่งเสริม", 66, 40, 60), w("ต่อเนื่อง", 135, 40, 50),
                w("๑.๓", 50, 80, 14), w("เปิดเผยข้อมูล", 66, 80, 60), w("ติดตามผล", 405, 80, 50));

        List<Block> blocks = read(List.of(page(1, firstPage(), List.of()), page(2, next, List.of())));

        // the row carried over is the rest of row 1.2, its cells continuing that row's cells
        List<List<String>> firstRows = ((Block.Table) blocks.get(1)).rows();
        assertThat(firstRows.get(firstRows.size() - 1)).containsExactly(
                "๑.๒ บทบาทผู้บริหารกรมส่งเสริม", "ประชุมชี้แจงต่อเนื่อง", "ทุกกองงาน", "", "ผลการประชุม");
        assertThat(((Block.Table) blocks.get(2)).rows()).containsExactly(
                List.of("๑.๓ เปิดเผยข้อมูล", "", "", "", "ติดตามผล"));
    }

    @Test
    void aDrawnHorizontalRuleBetweenLinesCutsARowWhereNoGapDoes() {
        List<WordBox> words = new ArrayList<>(header(100));
        // two rows without codes and without padding: only the rule tells them apart
        words.addAll(List.of(w("ก", 60, 186, 20), w("ข", 135, 186, 20), w("ค", 60, 204, 20), w("ง", 135, 204, 20)));

        List<Block> blocks = read(List.of(page(1, words, List.of(new RulingLine(50, 201, 500, 201)))));

        assertThat(((Block.Table) blocks.get(0)).rows()).containsExactly(
                List.of("มาตรการ/ แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"),
                List.of("ก", "ข", "", "", ""),
                List.of("ค", "ง", "", "", ""));
    }

    @Test
    void aPageOfRunningTextNamingTheHeaderWordsIsNoTable() {
        List<WordBox> words = List.of(w("มาตรการ", 50, 100, 40), w("วิธีการดำเนินการ", 95, 100, 80),
                w("ผู้รับผิดชอบ", 180, 100, 50), w("และระยะเวลา", 235, 100, 60), w("ที่กำหนดไว้ในแผน", 300, 100, 80),
                w("ซึ่งดำเนินการต่อเนื่องตลอดปีงบประมาณที่ผ่านมา", 50, 118, 400));

        assertThat(read(List.of(page(1, words, List.of())))).allMatch(b -> b instanceof Block.Paragraph);
    }

    @Test
    void underAHeaderRepeatedOnTheNextPageLinesSetOffByPaddingAboveTheFirstCodeEndTheRowAbove() {
        List<WordBox> next = new ArrayList<>(header(40));
        next.add(w("ต่อเนื่อง", 405, 126, 50));
        next.addAll(List.of(w("๑.๓", 50, 148, 14), w("การเปิดเผย", 66, 148, 60), w("ทุกกองงาน", 262, 148, 50)));

        List<Block> blocks = read(List.of(page(1, firstPage(), List.of()), page(2, next, List.of())));

        List<List<String>> rows = blocks.stream().filter(Block.Table.class::isInstance)
                .flatMap(b -> ((Block.Table) b).rows().stream()).toList();
        assertThat(rows).contains(List.of("๑.๓ การเปิดเผย", "", "ทุกกองงาน", "", ""));
        assertThat(rows).noneMatch(r -> r.get(0).startsWith("๑.๓") && String.join("", r).contains("ต่อเนื่อง"));
    }
    @Test
    void aBodyLineThatNamesAFieldOrTwoBesideTheMiddleOfATallCellEndsNoTable() {
        // an indicators table centring its cells: the indicator's first line sits beside "ประเมินผลการ…", one line
        // step under the issue text above it, and the two read like a header's ตัวชี้วัด and ผลการ…
        List<WordBox> words = new ArrayList<>(List.of(w("แบบ", 50, 100, 20), w("ตัวชี้วัด", 90, 100, 40),
                w("ประเด็นที่ต้องปรับปรุง", 200, 100, 100), w("ผลการดำเนินงาน", 380, 100, 80)));
        words.addAll(List.of(w("ผู้บังคับบัญชาควร", 200, 126, 90), w("ประเมินผลการปฏิบัติงาน", 200, 144, 110),
                w("คัดเลือกบุคลากร", 200, 162, 80),
                w("ตัวชี้วัด", 90, 144, 40), w("ที่ 3", 90, 162, 20), w("IIT", 50, 153, 18),
                w("มอบหมายงาน", 380, 126, 60), w("อย่างเป็นธรรม", 380, 144, 70), w("ศึกษาดูงาน", 380, 162, 60)));

        List<Block.Table> tables = read(List.of(page(1, words, List.of()))).stream()
                .filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();

        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).rows().get(0)).containsExactly("แบบ", "ตัวชี้วัด", "ประเด็นที่ต้องปรับปรุง", "ผลการดำเนินงาน");
        assertThat(tables.get(0).rows()).anySatisfy(row -> {
            assertThat(row.get(1)).startsWith("ตัวชี้วัด");
            assertThat(row.get(2)).contains("ผู้บังคับบัญชาควร").contains("ประเมินผลการปฏิบัติงาน");
        });
    }
}
