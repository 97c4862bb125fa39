package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    @Test
    void aPeriodAcrossTheFiscalYearGivesCommonEraMonths() {
        var p = ThaiDates.period("ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕");
        assertThat(p.from()).contains("2021-10");
        assertThat(p.to()).contains("2022-09");
    }

    @Test
    void aYearANarrowCellWrappedInsideIsReadWhole() {
        var p = ThaiDates.period("ตุลาคม ๒๕๖ ๔ – กันยายน ๒๕๖ ๕");
        assertThat(p.from()).contains("2021-10");
        assertThat(p.to()).contains("2022-09");
        assertThat(ThaiDates.rejoinedYears("ตุลาคม 64 30 กันยายน 65")).isEqualTo("ตุลาคม 64 30 กันยายน 65");
    }

    @Test
    void aPeriodWithOneYearLendsItToTheStartMonth() {
        var p = ThaiDates.period("ต.ค. - ก.ย. 2565");
        assertThat(p.from()).contains("2021-10");
        assertThat(p.to()).contains("2022-09");
    }

    @Test
    void anAbbreviatedMonthWithATwoDigitYearIsRead() {
        assertThat(ThaiDates.firstDate("๙ ก.พ. ๖๖")).contains(LocalDate.of(2023, 2, 9));
    }

    @Test
    void theFiscalYearIsTheYearAfterPiGopPraMan() {
        assertThat(ThaiDates.fiscalYear("ประจำปีงบประมาณ พ.ศ.๒๕๖๕")).hasValueSatisfying(y -> assertThat(y.be()).isEqualTo(2565));
    }
}
