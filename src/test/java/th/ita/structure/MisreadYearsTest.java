package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.model.FiscalYear;
import th.ita.model.Period;

/** Years as OCR read them on the scanned seed 000 (fiscal year ๒๕๖๕). */
class MisreadYearsTest {

    private static final MisreadYears YEARS = new MisreadYears(ItaCatalogue.load());

    @Test
    void aFiscalYearNoItaReportCanHaveIsReadBackWhenEveryMentionAgrees() {
        ProblemLog problems = new ProblemLog();
        assertThat(YEARS.fiscalYear(Optional.of(FiscalYear.ofBuddhistEra(2525)),
                "ประจำปีงบประมาณ พ.ศ.๒๕๒๕\nประจำปีงบประมาณ พ.ศ. ๒๕๒๐๕", problems)).contains(FiscalYear.ofBuddhistEra(2565));
        assertThat(problems.toList()).hasSize(1);
    }

    @Test
    void mentionsThatReadBackToDifferentYearsLeaveTheFiscalYearAsRead() {
        Optional<FiscalYear> read = Optional.of(FiscalYear.ofBuddhistEra(2525));
        assertThat(YEARS.fiscalYear(read, "ปีงบประมาณ ๒๕๒๕ และปีงบประมาณ ๒๕๒๒", new ProblemLog())).isEqualTo(read);
    }

    @Test
    void aPlausibleFiscalYearIsLeftAlone() {
        Optional<FiscalYear> read = Optional.of(FiscalYear.ofBuddhistEra(2564));
        assertThat(YEARS.fiscalYear(read, "ปีงบประมาณ ๒๕๒๕", new ProblemLog())).isEqualTo(read);
    }

    @Test
    void anOctoberToSeptemberPeriodWithMisreadYearsIsTheFiscalYear() {
        Period read = ThaiDates.period("ตุลาคม ๒๕๐๕ - กันยำยน ๒๕๒๐๕");
        Period period = YEARS.period(read, 2565, "–", new ProblemLog());
        assertThat(period.from()).contains("2021-10");
        assertThat(period.to()).contains("2022-09");
        assertThat(period.text()).isEqualTo("ตุลาคม ๒๕๖๔ - กันยายน ๒๕๖๕");
    }

    @Test
    void aPeriodWhoseYearsCannotBeMisreadingsOfTheFiscalYearStaysAsRead() {
        Period read = ThaiDates.period("ตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒");
        assertThat(YEARS.period(read, 2565, "–", new ProblemLog())).isEqualTo(read);
    }

    @Test
    void aMonthOcrSplitAtASpaceIsStillTheMonth() {
        Period read = ThaiDates.period("ตุลา คม ๒๕๒๕ – กันยายน ๒๕๒๕");
        Period period = YEARS.period(read, 2565, "-", new ProblemLog());
        assertThat(period.from()).contains("2021-10");
        assertThat(period.text()).isEqualTo("ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕");
    }

    @Test
    void aSpeckBeforeTheSecondMonthDoesNotHideIt() {
        Period read = ThaiDates.period("ตุลาคม ๒๕๐๕ - 7 กันยายยน ๒๕๐๕");
        assertThat(YEARS.period(read, 2565, "–", new ProblemLog()).to()).contains("2022-09");
    }

    @Test
    void aPeriodWhoseDashOcrLostIsStillARange() {
        Period read = ThaiDates.period("ตุลาคม ๒๕๒๐๕ กันยายน ๒๕๒๐๕");
        Period period = YEARS.period(read, 2565, "–", new ProblemLog());
        assertThat(period.from()).contains("2021-10");
        assertThat(period.to()).contains("2022-09");
        assertThat(period.text()).isEqualTo("ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕");
    }

    @Test
    void aLostDashIsWrittenAsTheDocumentsOtherPeriodsWriteIt() {
        assertThat(MisreadYears.usualDash(List.of("ตุลาคม ๒๕๐๕ - กันยายน ๒๕๐๕", "ต.ค. ๖๔ - ก.ย. ๖๕", "ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕")))
                .isEqualTo("-");
        assertThat(MisreadYears.usualDash(List.of("ตุลาคม ๒๕๒๐๕ กันยายน ๒๕๒๐๕"))).isEqualTo("–");
    }

    @Test
    void aSignOcrGluedToAYearIsNoDigitOfIt() {
        Period period = YEARS.period(ThaiDates.period("ตุลาคม ๒๕๒๐๕ - กันยายน 7๒๕๒๐๕"), 2565, "–", new ProblemLog());
        assertThat(period.to()).contains("2022-09");
        assertThat(period.text()).isEqualTo("ตุลาคม ๒๕๖๔ - กันยายน ๒๕๖๕");
    }

    @Test
    void anAbbreviatedPeriodKeepsItsAbbreviationsAndTwoDigitYears() {
        Period period = YEARS.period(ThaiDates.period("ต.ค. ๒๐๔ - ก.ย. ๒๕"), 2565, "–", new ProblemLog());
        assertThat(period.text()).isEqualTo("ต.ค. ๖๔ - ก.ย. ๖๕");
    }

    @Test
    void aTitlesFiscalYearNoItaYearIsWrittenAsTheFiscalYearItCanBeAMisreadingOf() {
        assertThat(YEARS.fiscalYearMentions("รายงานผล ประจำปีงบประมาณ พ.ศ.๒๕๒๕ และปีงบประมาณ ๒๕๖๔", 2565))
                .isEqualTo("รายงานผล ประจำปีงบประมาณ พ.ศ.๒๕๖๕ และปีงบประมาณ ๒๕๖๔");
        assertThat(YEARS.fiscalYearMentions("ประจำปีงบประมาณ พ.ศ. 2505", 2565)).isEqualTo("ประจำปีงบประมาณ พ.ศ. 2565");
    }
}
