package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.model.Section;

class CellReadingsTest {

    private static final CellReadings OCR = CellReadings.of(true, ItaCatalogue.load());
    private static final CellReadings WRITTEN = CellReadings.of(false, ItaCatalogue.load());
    private static final List<Section> SECTIONS = List.of(new Section("1", "ก"), new Section("2", "ข"), new Section("3", "ค"));

    @Test
    void ocrReadingsRepairWhatTheDocumentConfirmsAndRecordIt() {
        ProblemLog problems = new ProblemLog();

        assertThat(OCR.measureTitle("๒:๑ จัดทำแผน")).isEqualTo("๒.๑ จัดทำแผน");
        assertThat(OCR.measureCode("5.1", "4", problems)).isEqualTo("4.1");
        assertThat(OCR.sectionNumber("5", SECTIONS, problems)).isEqualTo("4");
        assertThat(OCR.unnumberedHeading("on. ด้านการเปิดเผยข้อมูล", SECTIONS, problems))
                .contains(new Section("4", "ด้านการเปิดเผยข้อมูล"));
        assertThat(OCR.readable(" |- ")).isEmpty();
        assertThat(problems.toList()).extracting(p -> p.code())
                .containsExactly("MEASURE_CODE_MISREAD", "SECTION_NUMBER_MISREAD", "SECTION_NUMBER_FROM_ORDER");
    }

    @Test
    void writtenInputIsReadAsWritten() {
        ProblemLog problems = new ProblemLog();

        assertThat(WRITTEN.measureTitle("๒:๑ จัดทำแผน")).isEqualTo("๒:๑ จัดทำแผน");
        assertThat(WRITTEN.measureCode("5.1", "4", problems)).isEqualTo("5.1");
        assertThat(WRITTEN.sectionNumber("5", SECTIONS, problems)).isEqualTo("5");
        assertThat(WRITTEN.unnumberedHeading("on. ด้านการเปิดเผยข้อมูล", SECTIONS, problems)).isEmpty();
        assertThat(WRITTEN.readable(" |- ")).isEqualTo(" |- ");
        assertThat(problems.toList()).isEmpty();
    }

    @Test
    void aCodeOcrGarbledIntoSignsIsTheNextCodeOfItsSection() {
        ProblemLog problems = new ProblemLog();

        assertThat(OCR.unreadCode("@๑ .๐๑ กำหนดนโยบายที่ชัดเจน", "1", "", problems))
                .contains(new CellReadings.CodedTitle("1.1", "กำหนดนโยบายที่ชัดเจน"));
        assertThat(OCR.unreadCode("@).@) การเปิดเผยข้อมูล", "2", "2.1", problems))
                .contains(new CellReadings.CodedTitle("2.2", "การเปิดเผยข้อมูล"));
        assertThat(OCR.unreadCode("oo กำหนดนโยบายที่ชัดเจน", "1", "", problems))
                .contains(new CellReadings.CodedTitle("1.1", "กำหนดนโยบายที่ชัดเจน"));
        assertThat(problems.toList()).extracting(p -> p.code()).containsOnly("MEASURE_CODE_FROM_ORDER");
    }

    @Test
    void aTitleOpeningWithLettersOrOutsideASectionGetsNoCode() {
        assertThat(OCR.unreadCode("N15 ดำเนินจริยธรรม", "1", "1.2", new ProblemLog())).isEmpty();
        assertThat(OCR.unreadCode("OIT การเปิดเผยข้อมูล", "1", "1.2", new ProblemLog())).isEmpty();
        assertThat(OCR.unreadCode("@๑ .๐๑ กำหนดนโยบาย", "", "", new ProblemLog())).isEmpty();
        assertThat(WRITTEN.unreadCode("@๑ .๐๑ กำหนดนโยบาย", "1", "", new ProblemLog())).isEmpty();
    }
}
