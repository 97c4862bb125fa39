package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class XhtmlFlowReaderTest {

    private final XhtmlFlowReader reader = new XhtmlFlowReader();

    private List<List<String>> rows(String body) throws Exception {
        List<Block> blocks = reader.read("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>");
        return blocks.stream().filter(Block.Table.class::isInstance).map(b -> ((Block.Table) b).rows())
                .findFirst().orElseThrow();
    }

    @Test
    void paragraphsListsAndBreaksInACellBecomeLines() throws Exception {
        assertThat(rows("<table><tr><td><p>๑.๑ กำหนดนโยบาย</p></td><td><p>ทุกกองงาน</p>"
                + "<ul><li>- สำนักปลัด</li><li>- กองคลัง</li></ul><p>กองช่าง<br/>กองสาธารณสุข</p></td></tr></table>"))
                .containsExactly(List.of("๑.๑ กำหนดนโยบาย", "ทุกกองงาน\n- สำนักปลัด\n- กองคลัง\nกองช่าง\nกองสาธารณสุข"));
    }

    @Test
    void aTableNestedInACellReadsAsLinesEvenWithoutParagraphs() throws Exception {
        assertThat(rows("<table><tr><td>OIT</td><td><table><tr><td>O1</td><td>โครงสร้าง</td></tr>"
                + "<tr><td>O2</td><td>ข้อมูลผู้บริหาร</td></tr></table></td></tr></table>"))
                .containsExactly(List.of("OIT", "O1\nโครงสร้าง\nO2\nข้อมูลผู้บริหาร"));
    }

    @Test
    void aVerticallyMergedCellStaysAnEmptyCellSoTheRowLinesUp() throws Exception {
        assertThat(rows("<table><tr><td><p>๑.๑</p></td><td><p>ก</p></td></tr><tr><td><p/></td><td><p>ข</p></td></tr></table>"))
                .containsExactly(List.of("๑.๑", "ก"), List.of("", "ข"));
    }

    @Test
    void aCellSpanningColumnsLeavesEmptyCellsSoLaterCellsStayUnderTheirHeader() throws Exception {
        assertThat(rows("<table><tr><td>ก</td><td>ข</td><td>ค</td><td>ง</td></tr>"
                + "<tr><td>๑.๑</td><td colspan=\"2\">รวม</td><td>ผล</td></tr></table>"))
                .containsExactly(List.of("ก", "ข", "ค", "ง"), List.of("๑.๑", "รวม", "", "ผล"));
    }

    @Test
    void aCellSpanningRowsStandsInEachRowItCovers() throws Exception {
        assertThat(rows("<table><tr><td>๑.๑</td><td rowspan=\"2\">สำนักปลัด</td><td>ก</td></tr>"
                + "<tr><td>๑.๒</td><td>ข</td></tr></table>"))
                .containsExactly(List.of("๑.๑", "สำนักปลัด", "ก"), List.of("๑.๒", "สำนักปลัด", "ข"));
    }

    @Test
    void aRowWhoseFirstCellIsCoveredContinuesTheRowAboveWithItsCoveredCellsEmpty() throws Exception {
        assertThat(rows("<table><tr><td rowspan=\"2\">๑.๓</td><td>ก</td><td rowspan=\"2\">กองคลัง</td></tr>"
                + "<tr><td>ข</td></tr></table>"))
                .containsExactly(List.of("๑.๓", "ก", "กองคลัง"), List.of("", "ข", ""));
    }

    @Test
    void headerCellsSpanningRowsJoinTheRowsTheyCoverIntoOneHeader() throws Exception {
        assertThat(rows("<table><tr><td rowspan=\"2\">มาตรการ</td><td colspan=\"2\">ผลการดำเนินการ</td></tr>"
                + "<tr><td>ดำเนินการแล้ว</td><td>ยังไม่ดำเนินการ</td></tr><tr><td>๑.๑</td><td>ก</td><td>ข</td></tr></table>"))
                .containsExactly(List.of("มาตรการ", "ผลการดำเนินการ ดำเนินการแล้ว", "ยังไม่ดำเนินการ"),
                        List.of("๑.๑", "ก", "ข"));
    }

    @Test
    void unreadableOrHugeSpansCountAsOne() {
        assertThat(HtmlTableGrid.span("x")).isEqualTo(1);
        assertThat(HtmlTableGrid.span("0")).isEqualTo(1);
        assertThat(HtmlTableGrid.span("100000")).isEqualTo(1);
        assertThat(HtmlTableGrid.span(" 3 ")).isEqualTo(3);
    }
}
