package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.model.Problem;

/** O-item codes as OCR reads them on the scanned seed 003 (fiscal year 2564). */
class DamagedOitCodesTest {

    private static final DamagedOitCodes CODES = new DamagedOitCodes(ItaCatalogue.load());
    private static final Optional<Integer> YEAR = Optional.of(2564);

    private static String repair(String cell) {
        return CODES.repair(cell, YEAR, new ProblemLog());
    }

    @Test
    void aZeroReadForTheLetterOIsTakenAsOWhenTheNameConfirmsTheCode() {
        assertThat(repair("(0 ๒๐ ) รายงานผลการใช้จ่ายงบประมาณประจำปี")).isEqualTo("(O20) รายงานผลการใช้จ่ายงบประมาณประจำปี");
    }

    @Test
    void digitsReadAsLatinLettersAreTakenFromTheOneCatalogueNameThatFits() {
        assertThat(repair("(Ow) ข้อมูลผู้บริหาร")).isEqualTo("(O2) ข้อมูลผู้บริหาร");
    }

    @Test
    void digitsReadAsLettersAndAQuoteMarkAreTakenFromTheName() {
        assertThat(repair("(0 ae’) E-Service")).isEqualTo("(O17) E-Service");
    }

    @Test
    void aNineReadForTheLetterOIsTakenAsOWhenTheNameConfirmsTheCode() {
        assertThat(repair("(9๒๑) แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ")).isEqualTo("(O21) แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ");
    }

    @Test
    void aMisreadDigitGivesWayToTheNameWhenAnotherItemFitsClearlyBetter() {
        assertThat(repair("(0 ๑๓) E-Service")).isEqualTo("(O17) E-Service");
    }

    @Test
    void theLastDigitAsReadPicksBetweenNamesThatHoldOneAnother() {
        assertThat(repair("(๐๕๒) มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"))
                .startsWith("(O42)");
    }

    @Test
    void aDamagedCodeNothingConfirmsStaysAsWrittenWithAProblem() {
        ProblemLog problems = new ProblemLog();
        assertThat(CODES.repair("(0 ๑๒) ไม่มีชื่อนี้ในรายการ", YEAR, problems)).isEqualTo("(0 ๑๒) ไม่มีชื่อนี้ในรายการ");
        assertThat(problems.toList()).extracting(Problem::code).containsExactly("OIT_CODE_UNREADABLE");
    }

    @Test
    void aPlainCodeIsLeftToTheItemReader() {
        ProblemLog problems = new ProblemLog();
        assertThat(CODES.repair("(O ๑๑) รายงานการกำกับติดตาม", YEAR, problems)).isEqualTo("(O ๑๑) รายงานการกำกับติดตาม");
        assertThat(problems.toList()).isEmpty();
    }

    @Test
    void anOReadAsTwoGlyphsBeforeSpacedDigitsIsTakenFromTheNameAfterIt() {
        assertThat(repair("(๐9 ๒๕) รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี")).startsWith("(O24)");
        assertThat(repair("(๐0 ๒9๑) การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล")).startsWith("(O26)");
        assertThat(repair("(O&) ข้อมูลการติดต่อ")).startsWith("(O5)");
    }

    @Test
    void aPlainCodeWhoseNameIsClearlyAnotherItemsTakesThatItemsCode() {
        ProblemLog problems = new ProblemLog();
        assertThat(CODES.repair("(O ๒๓) หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", YEAR, problems)).startsWith("(O27)");
        assertThat(problems.toList()).extracting(Problem::code).containsExactly("OIT_CODE_REPAIRED");
    }

    @Test
    void aCodeWithoutDigitsBeforeANameAnotherItemsNameHoldsIsTheFirstOfThemAfterTheCodeBefore() {
        assertThat(repair("(O24) รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี (Owe) นโยบายการบริหารทรัพยากรบุคคล"))
                .contains("(O25) นโยบาย");
    }
}
