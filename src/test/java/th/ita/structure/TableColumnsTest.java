package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Header rows as OCR reads them from the scanned seed 003. */
class TableColumnsTest {

    @Test
    void aHeaderWithSpecksAndALostLetterIsStillAnIndicatorsHeader() {
        assertThat(TableColumns.ofHeader(List.of("แบบ", "y a y ตัวชี ด", "é dw เวประเด็นทต้องปรับปรุง", "๐ a ผลการดำเนินงาน")))
                .map(TableColumns::kind).contains(TableColumns.Kind.INDICATORS);
    }

    @Test
    void aRepeatedHeaderThatLostItsIndicatorWordTakesTheBlankColumnBetweenFormAndIssues() {
        assertThat(TableColumns.ofHeader(List.of("แบบ", "", "ประเด็นที่ต้องปรับปรุง", "ผลการดำเนินงาน"))
                .map(c -> c.cell(List.of("IIT", "ตัวชี้วัดที่ ๓", "x", "y"), TableColumns.Field.INDICATOR)))
                .contains("ตัวชี้วัดที่ ๓");
    }

    @Test
    void aDataRowIsNoHeader() {
        assertThat(TableColumns.ofHeader(List.of("IIT", "ตัวชี้วัดที่ ๒ การใช้งบประมาณ",
                "ควรเปิดโอกาสให้บุคลากรภายในหน่วยงานมีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณ", "ผลการดำเนินงาน"))).isEmpty();
    }

    @Test
    void aHeaderWordWithALetterOcrAddedStillNamesItsColumn() {
        assertThat(TableColumns.ofHeader(List.of("มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับถผิดชอบ", "ระยะเวลา",
                "ผลการดำเนินการ", "ข้ อเสนอแนะ")).map(c -> c.has(TableColumns.Field.RESPONSIBLE))).contains(true);
    }

    @Test
    void aHeaderWordShortOfItsLastLetterNamesItsColumnButIsNotWhole() {
        assertThat(TableColumns.wholeKeywords(List.of("มาตรการ/แนว", "ผู้รับผิดชอ", "ระยะเวล"))).isEqualTo(1);
        assertThat(TableColumns.wholeKeywords(List.of("มาตรการ/แนวทาง", "ผู้รับผิดชอบ", "ระยะเวลา"))).isEqualTo(3);
    }
}
