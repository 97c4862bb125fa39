package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.model.AssessmentFramework;
import th.ita.model.AssessmentItem;

class AssessmentItemReaderTest {

    private static final AssessmentItemReader READER = new AssessmentItemReader(ItaCatalogue.load());

    private static List<AssessmentItem> read(String text) {
        return READER.read(text.lines().toList(), Optional.of(2564));
    }

    @Test
    void healthMinistryCodesAreReadWithThaiDigits() {
        assertThat(read("ตามแบบสำรวจ ข้อคำถามที่ EB ๒ หน่วยงานมีการกำหนดมาตรการ"))
                .containsExactly(new AssessmentItem("EB2", AssessmentFramework.MOPH_EB, Optional.of(2564)));
        assertThat(read("EBIT ๑ หน่วยงานมีการกำหนดมาตรการ")).extracting(AssessmentItem::code).containsExactly("EB1");
        assertThat(read("ตัวชี้วัดที่ ๗ ข้อ MOIT 17")).extracting(AssessmentItem::code).containsExactly("MOIT17");
    }

    @Test
    void anOItemIsReadButNotFromWordsOrNumbersThatLookLikeOne() {
        assertThat(read("หลักฐานประกอบ (O35) โครงการส่งเสริมคุณธรรม")).extracting(AssessmentItem::code).containsExactly("O35");
        assertThat(read("ISO 9001 และ O2O และ O99 และ CO2")).isEmpty();
    }

    @Test
    void codesOutsideTheFrameworkAreNoItems() {
        assertThat(read("MOIT 45")).isEmpty();
    }

    @Test
    void aDocumentNamingManyItemsIsEvidenceForNoneInParticular() {
        assertThat(read("O1 โครงสร้าง\nO2 ข้อมูลผู้บริหาร\nO3 อำนาจหน้าที่\nO4 แผนยุทธศาสตร์")).isEmpty();
    }
}
