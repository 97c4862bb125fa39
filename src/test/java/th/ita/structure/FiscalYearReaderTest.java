package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.model.FiscalYearSpan;
import th.ita.model.FiscalYearSpan.Source;

class FiscalYearReaderTest {

    private static final FiscalYearReader READER = new FiscalYearReader();

    @Test
    void aPlansTitleGivesItsRangeOfYears() {
        assertThat(READER.read(Optional.of("การใช้แผนอัตรากำลัง 3 ปี (พ.ศ. 2555 - พ.ศ. 2557) ปรับปรุง"), Optional.empty(), ""))
                .contains(FiscalYearSpan.of(2555, 2557, Source.TITLE));
        assertThat(READER.read(Optional.of("แผนพัฒนาวิทยาลัย ปีงบประมาณ ๒๕๖๕ – ๒๕๖๙"), Optional.empty(), ""))
                .contains(FiscalYearSpan.of(2565, 2569, Source.TITLE));
    }

    @Test
    void aReportsTitleGivesOneYearAndWinsOverTheMemoDate() {
        assertThat(READER.read(Optional.of("รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ.๒๕๖๕"), Optional.of("รายงาน ปี 2566"),
                "วันที่ ๙ กุมภาพันธ์ ๒๕๖๖")).contains(FiscalYearSpan.of(2565, 2565, Source.TITLE));
    }

    @Test
    void aTitleWhoseWordsOcrSplitStillNamesItsYearBeforeTheBodysPriorYear() {
        assertThat(READER.read(Optional.of("รายงานผลการ ดำเนินงาน ตามมาตรการ ประจำปีง บประมาณ พ .ศ.2564"), Optional.empty(),
                "ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๓ ได้คะแนน")).contains(FiscalYearSpan.of(2564, 2564, Source.TITLE));
    }

    @Test
    void theMemoSubjectComesNextThenTheFirstBudgetYearPhrase() {
        assertThat(READER.read(Optional.empty(), Optional.of("ขออนุมัติแผน ประจำปีงบประมาณ 2563"), ""))
                .contains(FiscalYearSpan.of(2563, 2563, Source.MEMO_SUBJECT));
        assertThat(READER.read(Optional.of("ขอเชิญประชุม"), Optional.empty(), "คณะทำงาน ประจำปีงบประมาณ 2568 นั้น"))
                .contains(FiscalYearSpan.of(2568, 2568, Source.BUDGET_YEAR_PHRASE));
    }

    @Test
    void strayDatesAndActYearsAreNoFiscalYear() {
        assertThat(READER.read(Optional.of("มอบหมายการดำเนินการในการเผยแพร่ข้อมูล"), Optional.empty(),
                "ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ.๒๕๔๐\nสั่ง ณ วันที่ ๙ ธันวาคม พ.ศ.๒๕๖๓\nตั้งแต่ต้นปีงบประมาณ เพื่อให้"))
                .isEmpty();
    }

    @Test
    void aBackwardsRangeIsReadAsItsFirstYearOnly() {
        assertThat(READER.read(Optional.of("สรุปผล ปีงบประมาณ 2565 - 2564"), Optional.empty(), ""))
                .contains(FiscalYearSpan.of(2565, 2565, Source.TITLE));
    }
}
