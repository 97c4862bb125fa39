package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.ita.model.AssessmentItem;
import th.ita.model.DocumentKind;
import th.ita.model.FiscalYearSpan;
import th.ita.model.Indicator;
import th.ita.model.Memo;
import th.ita.model.Organization;

class ReportStructurerTest {

    private static final ReportStructurer STRUCTURER = new ReportStructurer();

    private static final String PROCUREMENT_MEMO = String.join("\n",
            "บันทึกข้อความ",
            "ส่วนราชการ องค์การบริหารส่วนตำบลหนองโสน (กองคลัง) โทร. ๐-๓๒๔๐-๐๐๕๒",
            "ที่ พบ ๓๒๔๐๑/๒๐",
            "วันที่ ๒ มี.ค. ๒๕๖๖",
            "เรื่อง ขออนุมัติจัดซื้อวัสดุสำนักงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
            "เรียน นายกองค์การบริหารส่วนตำบลหนองโสน",
            "",
            "๑. เรื่องเดิม",
            "ด้วยกองคลังมีความจำเป็นต้องจัดซื้อวัสดุ");

    @Test
    void aMemoThatIsNotAnItaReportGetsItsHeaderAndNoMeasuresOrProblems() {
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(PROCUREMENT_MEMO));
        assertThat(r.memo().flatMap(Memo::reference)).contains("พบ 32401/20");
        assertThat(r.documentDate()).contains("2023-03-02");
        assertThat(r.fiscalYear().map(y -> y.be())).contains(2566);
        assertThat(r.organization().map(Organization::name)).contains("องค์การบริหารส่วนตำบลหนองโสน");
        assertThat(r.measures()).isEmpty();
        assertThat(r.indicators()).isEmpty();
        assertThat(r.sections()).as("a numbered memo paragraph is no section").isEmpty();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void theProvinceFallsBackToTheMemoReferencePrefix() {
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(PROCUREMENT_MEMO));
        assertThat(r.organization().flatMap(Organization::province)).contains("เพชรบุรี");
    }

    @Test
    void aRowWithEmptyIndicatorCellsContinuesTheRowAboveAcrossARepeatedHeader() {
        String text = String.join("\n",
                "| แบบ | ตัวชี้วัด | ประเด็นที่ต้องปรับปรุง | ผลการดำเนินงาน |",
                "|---|---|---|---|",
                "| OIT | ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล | (O๑) โครงสร้าง | - เผยแพร่แล้ว |",
                "",
                "| แบบ | ตัวชี้วัด | ประเด็นที่ต้องปรับปรุง | ผลการดำเนินงาน |",
                "|---|---|---|---|",
                "| | | (O๒) ข้อมูลผู้บริหาร | |");
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(text));
        assertThat(r.indicators()).hasSize(1);
        assertThat(r.indicators().get(0).oitItems()).extracting(o -> o.code()).containsExactly("O1", "O2");
    }

    @Test
    void anIndicatorWithoutAFormTakesItFromTheCatalogue() {
        String text = "แบบ\tตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tผลการดำเนินงาน\n\tตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\tสร้างความเชื่อมั่น\t-";
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(text));
        assertThat(r.indicators()).extracting(Indicator::form, Indicator::number).containsExactly(org.assertj.core.groups.Tuple.tuple("IIT", 5));
    }

    @Test
    void aMeasureNumberedForAnotherSectionIsKeptAndReported() {
        String text = "๓. ด้านการใช้ดุลยพินิจ\n\nมาตรการ/แนวทาง\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\n๒.๑ การใช้ดุลยพินิจ\t๑. ประชุม\tสำนักปลัด\tตุลาคม ๒๕๖๔";
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(text));
        assertThat(r.measures()).singleElement().satisfies(m -> {
            assertThat(m.section()).isEqualTo("3");
            assertThat(m.code()).isEqualTo("2.1");
        });
        assertThat(r.problems()).extracting(p -> p.code()).containsExactly("MEASURE_OUTSIDE_SECTION");
    }

    @Test
    void anAnnouncementHeadingGivesTitleKindOrganisationAndYearRange() {
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(String.join("\n",
                "ประกาศองค์การบริหารส่วนตำบลไทรย้อย",
                "เรื่อง การใช้แผนอัตรากำลัง 3 ปี (พ.ศ. 2555 - พ.ศ. 2557) ปรับปรุง ฉบับที่",
                "3",
                "……………………………………",
                "ตามที่คณะกรรมการพนักงานส่วนตำบลจังหวัดแพร่ พิจารณาเมื่อวันที่ 19 กันยายน 2556 นั้น",
                "ประกาศ ณ วันที่ 25 เดือน กันยายน พ.ศ. 2555")));
        assertThat(r.title()).contains("การใช้แผนอัตรากำลัง 3 ปี (พ.ศ. 2555 - พ.ศ. 2557) ปรับปรุง ฉบับที่ 3");
        assertThat(r.documentKind()).isEqualTo(DocumentKind.ANNOUNCEMENT_OR_ORDER);
        assertThat(r.organization().map(Organization::name)).contains("องค์การบริหารส่วนตำบลไทรย้อย");
        assertThat(r.fiscalYears()).contains(FiscalYearSpan.of(2555, 2557, FiscalYearSpan.Source.TITLE));
        assertThat(r.fiscalYear().map(y -> y.be())).contains(2555);
    }

    @Test
    void aMemoCitingAHealthMinistryItemIsEvidenceForIt() {
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(String.join("\n",
                "บันทึกข้อความ",
                "ส่วนราชการ สำนักงานสาธารณสุขอำเภอหนองใหญ่ กลุ่มงานบริหาร",
                "ที่ ชบ ๐๘๓๒.1/52 วันที่ ๑๘ พฤศจิกายน ๒๕๖๒",
                "เรื่อง ขออนุญาตนำประกาศเผยแพร่บนเว็บไซต์",
                "เรียน สาธารณสุขอำเภอหนองใหญ่",
                "ตามแบบสำรวจใช้หลักฐานเชิงประจักษ์ซึ่งในข้อคำถามที่ EB ๒ หน่วยงานมีการกำหนดมาตรการ")));
        assertThat(r.documentKind()).isEqualTo(DocumentKind.MEMO);
        assertThat(r.evidenceFor()).extracting(AssessmentItem::code).containsExactly("EB2");
        assertThat(r.fiscalYears()).as("a memo date is no fiscal year").isEmpty();
    }

    @Test
    void aMeasureRowCutByAPageBreakJoinsItsCellsAsWrappedLines() {
        String header = "| มาตรการ/แนวทาง | วิธีการดำเนินการ | ผู้รับผิดชอบ | ระยะเวลา |\n|---|---|---|---|\n";
        String text = "๔. การมีระบบกลไก\n\n" + header + "| ๔.๒ การมี | ๑. จัดผู้รับผิด | ทุกกอง | ตุลาค |\n\n"
                + header + "| ระเบียบปฏิบัติ | ชอบ<br>๒. จัดทำแนวทาง | งาน | ม ๒๕๖๔ – กันยายน ๒๕๖๕ |";
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(text));
        assertThat(r.measures()).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("การมีระเบียบปฏิบัติ");
            assertThat(m.responsible()).containsExactly("ทุกกองงาน");
            assertThat(m.period().flatMap(p -> p.from())).map(Object::toString).contains("2021-10");
        });
    }

    @Test
    void aRowWhoseNumberLostItsDotAfterANewSectionHeadingIsAMeasureOfThatSection() {
        String header = "| มาตรการ/แนวทาง | วิธีการดำเนินการ | ผู้รับผิดชอบ | ระยะเวลา |\n|---|---|---|---|\n";
        String text = "๔. การมีระบบกลไก\n\n" + header + "| ๔.๒ การมีระเบียบ | ๑. จัดทำแนวทาง | ทุกกองงาน | ตุลาคม ๒๕๖๔ |\n\n"
                + "๕. การยกระดับค่าคะแนน\n\n" + header + "| ๕๑ การศึกษาและกำกับติดตาม | ๑. ศึกษา | ทุกกองงาน | ตุลาคม ๒๕๖๔ |";
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(text));
        assertThat(r.measures()).hasSize(2);
        assertThat(r.measures().get(0).title()).isEqualTo("การมีระเบียบ");
        assertThat(r.measures().get(1).section()).isEqualTo("5");
    }

    @Test
    void anIndicatorRowCutByAPageBreakKeepsItsNumberFromBothParts() {
        String header = "| แบบ | ตัวชี้วัด | ประเด็นที่ต้องปรับปรุง | ผลการดำเนินงาน |\n|---|---|---|---|\n";
        String text = header + "| IIT | ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ | ควรจัดประชุม | - จัดทำคู่มือ |\n"
                + "| | ตัวชี้วัด | จะต้องสร้างความเชื่อมั่น | - ทบทวนนโยบาย |\n\n"
                + header + "| IIT | ที่ ๕ การแก้ไขปัญหาการทุจริต | เรื่องการร้องเรียน | - จัดช่องทาง |\n"
                + "| EIT | ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน | ยึดหลักมาตรฐาน | - ประชาสัมพันธ์ |";
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(text));
        assertThat(r.indicators()).extracting(Indicator::number, Indicator::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "การใช้ทรัพย์สินของราชการ"),
                org.assertj.core.groups.Tuple.tuple(5, "การแก้ไขปัญหาการทุจริต"),
                org.assertj.core.groups.Tuple.tuple(6, "คุณภาพการดำเนินงาน"));
    }

    @Test
    void aPhoneNumberWrappedUnderItsLabelIsRead() {
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(String.join("\n",
                "บันทึกข้อความ",
                "ส่วนราชการ องค์การบริหารส่วนตำบลหนองโสน (สำนักงานปลัด) โทร.",
                "๐-๓๒๔๐-๐๐๕๒",
                "ที่ พบ ๓๒๔๐๑/๑๖",
                "วันที่ ๙ กุมภาพันธ์ ๒๕๖๖",
                "เรื่อง รายงานผลการดำเนินการ",
                "เรียน นายกองค์การบริหารส่วนตำบลหนองโสน")));
        assertThat(r.memo().flatMap(Memo::phone)).contains("0-3240-0052");
        assertThat(r.memo().flatMap(Memo::department)).contains("องค์การบริหารส่วนตำบลหนองโสน (สำนักงานปลัด)");
        StructuredReport labelWrapped = STRUCTURER.structure(StructureInput.ofText(String.join("\n",
                "บันทึกข้อความ",
                "ส่วนราชการ องค์การบริหารส่วนตำบลหนองโสน (สำนักงานปลัด)",
                "โทร. ๐-๓๒๔๐-๐๐๕๒",
                "ที่ พบ ๓๒๔๐๑/๑๖",
                "เรื่อง รายงานผลการดำเนินการ")));
        assertThat(labelWrapped.memo().flatMap(Memo::phone)).contains("0-3240-0052");
    }

    @Test
    void aSectionHeadingWrappedByThePageKeepsItsLastWords() {
        String text = "๑. ด้านนโยบายผู้บริหารและการเสริมสร้างคุณธรรมและความโปร่งใส\nในการดำเนินงาน\n"
                + "| มาตรการ/แนวทาง | วิธีการดำเนินการ | ผู้รับผิดชอบ | ระยะเวลา |\n|---|---|---|---|\n"
                + "| ๑.๑ กำหนดนโยบาย | ๑. ประกาศ | สำนักปลัด | ตุลาคม ๒๕๖๔ |";
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(text));
        assertThat(r.sections()).extracting(s -> s.title())
                .containsExactly("ด้านนโยบายผู้บริหารและการเสริมสร้างคุณธรรมและความโปร่งใสในการดำเนินงาน");
    }

    @Test
    void aLetterLineThatTheWrapOpensWithผลการIsNoTitleAndATitleIsNoPosition() {
        StructuredReport r = STRUCTURER.structure(StructureInput.ofText(String.join("\n",
                "บันทึกข้อความ",
                "ส่วนราชการ องค์การบริหารส่วนตำบลหนองโสน",
                "ที่ พบ ๓๒๔๐๑/๑๖",
                "วันที่ ๙ กุมภาพันธ์ ๒๕๖๖",
                "เรื่อง รายงานผลการดำเนินการตามมาตรการ",
                "เรียน นายกองค์การบริหารส่วนตำบลหนองโสน",
                "จึงขอรายงาน",
                "ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ.๒๕๖๕ ตามรายละเอียดแนบมาพร้อมนี้",
                "(นายยุทธนา เมืองเล็ก)",
                "นายกองค์การบริหารส่วนตำบลหนองโสน",
                "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและ",
                "ความโปร่งใสขององค์การบริหารส่วนจังหวัดเพชรบุรี",
                "ประจำปีงบประมาณ พ.ศ.๒๕๖๕")));
        assertThat(r.title()).contains(
                "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและ ความโปร่งใสขององค์การบริหารส่วนจังหวัดเพชรบุรี ประจำปีงบประมาณ พ.ศ.๒๕๖๕");
        assertThat(r.signatories()).extracting(s -> s.position()).containsExactly("นายกองค์การบริหารส่วนตำบลหนองโสน");
    }
}
