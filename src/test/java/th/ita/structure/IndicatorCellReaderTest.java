package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.model.Problem;

/** Indicator cells as OCR damages them; each string is taken from the scanned seed 003. */
class IndicatorCellReaderTest {

    private static final IndicatorCellReader READER = new IndicatorCellReader(ItaCatalogue.load());
    private static final Optional<Integer> YEAR = Optional.of(2564);

    private static Optional<IndicatorCellReader.ReadIndicator> ocr(String cell, int previous, boolean startsRow, ProblemLog problems) {
        return READER.read(cell, YEAR, previous, startsRow, true, problems);
    }

    @Test
    void theKeywordIsFoundWithoutItsToneMarksAndAfterSpecks() {
        assertThat(ocr("wde a ตัวชีวัดที 3 การใช้ อำนาจ", 2, true, new ProblemLog()))
                .contains(new IndicatorCellReader.ReadIndicator(3, "การใช้อำนาจ"));
    }

    @Test
    void theKeywordIsFoundWithItsChoReadAsALetterOfLikeShape() {
        // the Norasi font scanned bilevel at 400 dpi
        assertThat(ocr("ตัวธีวัดที่๕ การแก้ไขปัญหาการทุจริต", 4, true, new ProblemLog()))
                .contains(new IndicatorCellReader.ReadIndicator(5, "การแก้ไขปัญหาการทุจริต"));
        assertThat(IndicatorCellReader.startsIndicator("ตัวซี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต")).isTrue();
    }

    @Test
    void aNameCloseToTheCatalogueIsTakenInTheCataloguesSpellingAndRecorded() {
        ProblemLog problems = new ProblemLog();
        assertThat(ocr("ตัวชีวัดที9 การเปิดเผย ข้อมล . ขบ", 8, true, problems).map(IndicatorCellReader.ReadIndicator::name))
                .contains("การเปิดเผยข้อมูล");
        assertThat(problems.toList()).extracting(Problem::code).containsExactly("INDICATOR_NAME_FROM_CATALOGUE");
    }

    @Test
    void spacesOcrPutInsideANameAreNoProblem() {
        ProblemLog problems = new ProblemLog();
        assertThat(ocr("ตัวชี้วัดที่2 การใช้งบประมา ณ .", 0, true, problems).map(IndicatorCellReader.ReadIndicator::name))
                .contains("การใช้งบประมาณ");
        assertThat(problems.toList()).isEmpty();
    }

    @Test
    void aLostNumberIsTakenFromTheOneCatalogueNameTheCellMatchesAndRecorded() {
        ProblemLog problems = new ProblemLog();
        assertThat(ocr("v 7 ตัวชีวัด ).Sp. ว ประสิทธิภา พกำร สือสาร", 6, true, problems)
                .map(IndicatorCellReader.ReadIndicator::number)).contains(7);
        assertThat(problems.toList()).extracting(Problem::code).contains("INDICATOR_NUMBER_FROM_NAME");
    }

    @Test
    void aFragmentOfANameGivesANumberOnlyWhenItFollowsTheIndicatorAbove() {
        assertThat(ocr("ดำเนินงาน", 5, true, new ProblemLog()).map(IndicatorCellReader.ReadIndicator::number)).contains(6);
        assertThat(ocr("ดำเนินงาน", 7, true, new ProblemLog())).isEmpty();
    }

    @Test
    void aNameLikeTwoIndicatorsGivesNoNumber() {
        assertThat(ocr("ตัวชี้วัดที่ การทุจริต", 0, true, new ProblemLog())).isEmpty();
    }

    @Test
    void textLayerCellsAreReadAsWrittenWithoutTheCatalogue() {
        ProblemLog problems = new ProblemLog();
        assertThat(READER.read("ตัวชี้วัดที่ ๘ การปรับปรุงระบบ การทำงาน", YEAR, 0, true, false, problems))
                .contains(new IndicatorCellReader.ReadIndicator(8, "การปรับปรุงระบบ การทำงาน"));
        assertThat(READER.read("ประสิทธิภาพการสื่อสาร", YEAR, 0, true, false, problems)).isEmpty();
        assertThat(problems.toList()).isEmpty();
    }

    @Test
    void aNumberOutOfPlaceYieldsToTheNameWhenItCouldBeItsMisreading() {
        ProblemLog problems = new ProblemLog();
        assertThat(ocr("ตวชวดท ๐ คุณภาพการ ดำเนินงาน", 5, true, problems).map(IndicatorCellReader.ReadIndicator::number))
                .contains(6);
        assertThat(problems.toList()).extracting(Problem::code).contains("INDICATOR_NUMBER_MISREAD");
    }

    @Test
    void formLettersOcrTookForThaiOrDigitsAreReadAsTheFormTheySpell() {
        assertThat(IndicatorCellReader.form("EเT", true)).contains("EIT");
        assertThat(IndicatorCellReader.form("0IT", true)).contains("OIT");
        assertThat(IndicatorCellReader.form("เท", true)).isEmpty();
        assertThat(IndicatorCellReader.form("EเT", false)).isEmpty();
    }
}
