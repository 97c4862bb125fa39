package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** O-item names as OCR misspells them on the scans of seed 003 (fiscal year 2564). */
class MisspeltOitNamesTest {

    private static final MisspeltOitNames NAMES = new MisspeltOitNames(ItaCatalogue.load());
    private static final Optional<Integer> YEAR = Optional.of(2564);

    private static String repair(String cell) {
        return NAMES.repair(cell, YEAR, new ProblemLog());
    }

    @Test
    void aNameMisreadInItsMarksOnlyIsSpeltAsTheCatalogueSpellsIt() {
        assertThat(repair("(O20) รายงานผลกำร ใช้จ่ายงบประมาณ ประจำปี\n(O28) รายงา นผลการ บริหำรและพัฒนาทรัพยากรบุคคลประจำปี"))
                .isEqualTo("(O20) รายงานผลการใช้จ่ายงบประมาณประจำปี\n(O28) รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี");
    }

    @Test
    void aSyllableReadAsLatinLookAlikesOrAStraySignStillNamesTheItem() {
        assertThat(repair("(O28) รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำ u"))
                .isEqualTo("(O28) รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี");
        assertThat(repair("(O35) การมีส่วนร่วม 6 ของผู้บริหาร")).isEqualTo("(O35) การมีส่วนร่วมของผู้บริหาร");
    }

    @Test
    void aDigitOfANameWithDigitsIsNotTakenFromTheCatalogue() {
        assertThat(repair("(O11) รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๒ เดือน"))
                .isEqualTo("(O11) รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๒ เดือน");
    }

    @Test
    void aNumberWrittenAfterTheNameStays() {
        assertThat(repair("(O20) รายงานผลการใช้จ่ายงบประมาณประจำปี 2564")).isEqualTo("(O20) รายงานผลการใช้จ่ายงบประมาณประจำปี 2564");
    }

    @Test
    void aNameThatDiffersInALetterStaysAsWritten() {
        assertThat(repair("(O29) แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต"))
                .isEqualTo("(O29) แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต");
    }

    @Test
    void withoutAFiscalYearNoNameIsTouched() {
        assertThat(NAMES.repair("(O20) รายงานผลกำรใช้จ่ายงบประมาณประจำปี", Optional.empty(), new ProblemLog()))
                .isEqualTo("(O20) รายงานผลกำรใช้จ่ายงบประมาณประจำปี");
    }
}
