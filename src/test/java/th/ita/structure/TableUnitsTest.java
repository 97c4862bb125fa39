package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.model.ReportTable;
import th.ita.model.Unit;
import th.ita.model.UnitKind;

class TableUnitsTest {

    private static final TableVocabulary VOCABULARY = TableVocabulary.load();
    private final DocumentTables tables = new DocumentTables(VOCABULARY);
    private final TableUnits units = new TableUnits(VOCABULARY);

    private List<Unit> unitsOf(Block... blocks) {
        return tables.read(List.of(blocks)).stream().flatMap(kept -> units.read(kept.table()).stream()).toList();
    }

    @Test
    void actionPlanRowsKeepTheirStrategyGroupAndFields() {
        Block.Table plan = new Block.Table(List.of(
                List.of("ที่", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ระยะเวลา", "ผู้รับผิดชอบ", "ตัวชี้วัด"),
                List.of("กลยุทธ์ที่ ๑ ส่งเสริมคุณธรรมในองค์กร", "", "", "", "", ""),
                List.of("๑", "โครงการอบรมคุณธรรมจริยธรรม", "๒๐,๐๐๐", "ต.ค. ๒๕๖๕ - ธ.ค. ๒๕๖๕", "สำนักปลัด", "ร้อยละ ๘๐"),
                List.of("", "แก่พนักงาน", "", "", "", ""),
                List.of("๒", "กิจกรรมเผยแพร่ข้อมูลข่าวสาร", "-", "ตลอดปี", "กองคลัง", "๑๒ ครั้ง"),
                List.of("กลยุทธ์ที่ ๒ ป้องกันการทุจริต", "", "", "", "", ""),
                List.of("๓", "มาตรการตรวจสอบการจัดซื้อจัดจ้าง", "", "ตลอดปี", "กองคลัง", "")));

        List<Unit> read = unitsOf(plan);

        assertThat(read).extracting(Unit::kind).containsOnly(UnitKind.MEASURE);
        assertThat(read).extracting(Unit::title).containsExactly(
                "โครงการอบรมคุณธรรมจริยธรรม แก่พนักงาน", "กิจกรรมเผยแพร่ข้อมูลข่าวสาร", "มาตรการตรวจสอบการจัดซื้อจัดจ้าง");
        assertThat(read).extracting(Unit::code).containsExactly(Optional.of("1"), Optional.of("2"), Optional.of("3"));
        assertThat(read).extracting(u -> u.group().orElse("")).containsExactly(
                "กลยุทธ์ที่ ๑ ส่งเสริมคุณธรรมในองค์กร", "กลยุทธ์ที่ ๑ ส่งเสริมคุณธรรมในองค์กร", "กลยุทธ์ที่ ๒ ป้องกันการทุจริต");
        Unit first = read.get(0);
        assertThat(first.budget()).contains("๒๐,๐๐๐");
        assertThat(first.responsible()).contains("สำนักปลัด");
        assertThat(first.period()).hasValueSatisfying(p -> assertThat(p.text()).contains("ต.ค."));
        assertThat(first.cells()).singleElement().satisfies(cell -> {
            assertThat(cell.header()).isEqualTo("ตัวชี้วัด");
            assertThat(cell.text()).isEqualTo("ร้อยละ ๘๐");
        });
        assertThat(read.get(2).cells()).isEmpty();
        assertThat(first.source().table()).isEqualTo(1);
    }

    @Test
    void riskTableIsKnownByItsLikelihoodAndImpactColumns() {
        Block.Table risks = new Block.Table(List.of(
                List.of("ลำดับ", "เหตุการณ์", "โอกาส", "ผลกระทบ", "ระดับความเสี่ยง", "มาตรการควบคุม"),
                List.of("1", "การรับสินบนในการออกใบอนุญาต", "2", "4", "สูง", "เปิดเผยขั้นตอนทางเว็บไซต์"),
                List.of("2", "การใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน", "3", "3", "ปานกลาง", "ตรวจสอบการยืมพัสดุ")));

        List<Unit> read = unitsOf(risks);

        assertThat(read).extracting(Unit::kind).containsOnly(UnitKind.RISK);
        assertThat(read).extracting(Unit::title).containsExactly(
                "การรับสินบนในการออกใบอนุญาต", "การใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน");
        assertThat(read.get(0).cells()).extracting(c -> c.header() + "=" + c.text())
                .containsExactly("โอกาส=2", "ผลกระทบ=4", "ระดับความเสี่ยง=สูง", "มาตรการควบคุม=เปิดเผยขั้นตอนทางเว็บไซต์");
    }

    @Test
    void complaintTableAndTickedChecklistYieldUnitsWithStatus() {
        Block.Table complaints = new Block.Table(List.of(
                List.of("ที่", "เรื่องร้องเรียน", "วันที่รับเรื่อง", "ผลการดำเนินการ"),
                List.of("1", "ถนนชำรุดหมู่ที่ 3", "5 ม.ค. 2566", "ซ่อมแซมแล้ว")));
        Block.Table checklist = new Block.Table(List.of(
                List.of("รายการ", "มี", "ไม่มี", "หมายเหตุ"),
                List.of("คำสั่งแต่งตั้งคณะทำงาน", "✓", "", ""),
                List.of("รายงานการประชุม", "", "✓", "อยู่ระหว่างจัดทำ")));

        List<Unit> read = unitsOf(complaints, new Block.Paragraph("รายการตรวจสอบเอกสาร"), checklist);

        assertThat(read).extracting(u -> u.kind() + ":" + u.title() + ":" + u.status().or(u::result).orElse(""))
                .containsExactly("COMPLAINT:ถนนชำรุดหมู่ที่ 3:ซ่อมแซมแล้ว",
                        "CHECKLIST_ITEM:คำสั่งแต่งตั้งคณะทำงาน:มี", "CHECKLIST_ITEM:รายงานการประชุม:ไม่มี");
    }

    @Test
    void tableContinuedOnTheNextPageIsOneTableAndItsSplitRowOneUnit() {
        List<String> header = List.of("ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน");
        Block.Table page1 = new Block.Table(List.of(header,
                List.of("ร้อยละของเรื่องร้องเรียนที่ได้รับการแก้ไข", "80", "85")), List.of(1));
        Block.Table page2 = new Block.Table(List.of(header,
                List.of("", "", "(ข้อมูล ณ 30 ก.ย.)"),
                List.of("จำนวนช่องทางการรับฟังความคิดเห็น", "5", "6")), List.of(2));

        List<DocumentTables.Kept> kept = tables.read(List.of(page1, new Block.Paragraph("- 2 -"), page2));

        assertThat(kept).singleElement().satisfies(k -> {
            ReportTable table = k.table();
            assertThat(table.pages()).containsExactly(1, 2);
            assertThat(table.header()).isEqualTo(header);
            assertThat(table.rows()).hasSize(3);
            assertThat(table.rows().get(2).cells().get(1).header()).isEqualTo("ค่าเป้าหมาย");
        });
        List<Unit> read = units.read(kept.get(0).table());
        assertThat(read).extracting(Unit::kind).containsOnly(UnitKind.INDICATOR);
        assertThat(read).extracting(u -> u.result().orElse("")).containsExactly("85\n(ข้อมูล ณ 30 ก.ย.)", "6");
        assertThat(read).extracting(u -> u.target().orElse("")).containsExactly("80", "5");
    }

    @Test
    void tickedBoxesInTextAreChecklistItemsAndAnUntickedListIsABlankForm() {
        CheckboxLists lists = new CheckboxLists(VOCABULARY);
        List<Unit> done = lists.read(List.of(new Block.Paragraph(
                "การดำเนินงานตามมาตรการ\n☑ เผยแพร่แผนปฏิบัติการบนเว็บไซต์\n☐ จัดประชุมชี้แจง\n☑ รายงานผลต่อผู้บริหาร")));
        List<Unit> blank = lists.read(List.of(new Block.Paragraph("ยุทธศาสตร์\n☐ ยุทธศาสตร์ที่ 1\n☐ ยุทธศาสตร์ที่ 2")));

        assertThat(done).extracting(u -> u.title() + ":" + u.status().orElse("")).containsExactly(
                "เผยแพร่แผนปฏิบัติการบนเว็บไซต์:☑", "จัดประชุมชี้แจง:☐", "รายงานผลต่อผู้บริหาร:☑");
        assertThat(done).allSatisfy(u -> assertThat(u.group()).contains("การดำเนินงานตามมาตรการ"));
        assertThat(blank).isEmpty();
    }

    @Test
    void tablesThatDoNotSayWhatTheirRowsAreAreKeptButYieldNoUnits() {
        Block.Table members = new Block.Table(List.of(
                List.of("ที่", "ชื่อ – สกุล", "ตำแหน่ง", "ลงชื่อ", "หมายเหตุ"),
                List.of("1", "นายสมศักดิ์ จันทานิตย์", "รองผู้อำนวยการ", "", "")));
        Block.Table emptyForm = new Block.Table(List.of(
                List.of("ที่", "โครงการ", "งบประมาณ", "ผู้รับผิดชอบ"),
                List.of("1", "", "", ""),
                List.of("2", "", "", "")));

        List<DocumentTables.Kept> kept = tables.read(List.of(members, new Block.Paragraph("แบบฟอร์ม".repeat(20)),
                emptyForm));

        assertThat(kept).hasSize(2);
        assertThat(kept.get(0).table().rows().get(0).cells().get(1).header()).isEqualTo("ชื่อ – สกุล");
        assertThat(kept).allSatisfy(k -> assertThat(units.read(k.table())).isEmpty());
    }
}
