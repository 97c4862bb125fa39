package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.model.DocumentKind;

class DocumentKindReaderTest {

    private static final DocumentKindReader READER = DocumentKindReader.load();
    private static final DocumentKindReader.Units NONE = new DocumentKindReader.Units(0, 0, 0);

    private static DocumentKind kindOf(String text, String title) {
        return READER.read(text.lines().toList(), Optional.ofNullable(title), NONE);
    }

    @Test
    void aMemoHeadingMakesAMemo() {
        assertThat(kindOf("บันทึกข้อความ\nส่วนราชการ วิทยาลัยเทคนิค\nเรื่อง ขอเชิญประชุม", "ขอเชิญประชุม"))
                .isEqualTo(DocumentKind.MEMO);
    }

    @Test
    void aMemoCoveringAReportWithMeasuresIsTheReport() {
        List<String> lines = List.of("บันทึกข้อความ", "ส่วนราชการ องค์การบริหารส่วนตำบลหนองโสน",
                "เรื่อง รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๕");
        assertThat(READER.read(lines, Optional.of("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"),
                new DocumentKindReader.Units(0, 8, 8))).isEqualTo(DocumentKind.RESULTS_REPORT);
        assertThat(READER.read(lines, Optional.empty(), NONE)).isEqualTo(DocumentKind.MEMO);
    }

    @Test
    void aMemoWithPlaceholdersIsATemplate() {
        assertThat(kindOf("บันทึกข้อความ\nเรื่อง ขออนุญาตรายงานผลการดำเนินโครงการ (ชื่อโครงการ)", null))
                .isEqualTo(DocumentKind.FORM_OR_TEMPLATE);
    }

    @Test
    void anAnnouncementOrOrderHeadingOfABodyMakesAnAnnouncement() {
        assertThat(kindOf("ประกาศองค์การบริหารส่วนตำบลไทรย้อย\nเรื่อง การใช้แผนอัตรากำลัง 3 ปี", "การใช้แผนอัตรากำลัง 3 ปี"))
                .isEqualTo(DocumentKind.ANNOUNCEMENT_OR_ORDER);
        assertThat(kindOf("คำสั่งสำนักงานสาธารณสุขอำเภอหนองใหญ่\nที่ ๑๕๐/๒๕๖๓", null)).isEqualTo(DocumentKind.ANNOUNCEMENT_OR_ORDER);
    }

    @Test
    void aPublicationRequestFormIsAForm() {
        assertThat(kindOf("แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน\nชื่อหน่วยงาน : สำนักงาน", null))
                .isEqualTo(DocumentKind.FORM_OR_TEMPLATE);
    }

    @Test
    void titlesNameReportsPlansAndRisks() {
        assertThat(kindOf("", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"))
                .isEqualTo(DocumentKind.RESULTS_REPORT);
        assertThat(kindOf("", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2566"))
                .isEqualTo(DocumentKind.MEASURES_PLAN);
        assertThat(kindOf("", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2566")).isEqualTo(DocumentKind.ACTION_PLAN);
        assertThat(kindOf("", "การประเมินความเสี่ยงการทุจริต ประจำปี 2565")).isEqualTo(DocumentKind.RISK_ASSESSMENT);
        assertThat(kindOf("", "สรุปผลการดำเนินการเรื่องร้องเรียน ประจำปี 2565")).isEqualTo(DocumentKind.COMPLAINT_SUMMARY);
    }

    @Test
    void withoutAHeadingTheUnitsDecideElseOther() {
        assertThat(READER.read(List.of("ตอนที่ I", "ข้อมูล"), Optional.empty(), new DocumentKindReader.Units(6, 0, 0)))
                .isEqualTo(DocumentKind.INDICATOR_REPORT);
        assertThat(kindOf("คู่มือการดำเนินงาน\nเรื่องร้องเรียน/ร้องทุกข์", null)).isEqualTo(DocumentKind.OTHER);
    }
}
