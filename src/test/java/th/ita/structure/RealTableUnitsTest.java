package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import th.ita.model.Unit;
import th.ita.model.UnitKind;
import th.ita.structure.golden.GoldenDocumentReader;

/** Real public documents read through the pipeline's own extraction: their tables kept, units only where rows are units. */
class RealTableUnitsTest {

    private static final GoldenDocumentReader READER = new GoldenDocumentReader();
    private static final ReportStructurer STRUCTURER = new ReportStructurer();

    private static StructuredReport structure(String name) throws URISyntaxException {
        Path file = Path.of(RealTableUnitsTest.class.getResource("/real-tables/" + name).toURI());
        return STRUCTURER.structure(READER.read(file));
    }

    @Test
    void hospitalIndicatorTableGivesEachIndicatorItsOwnTarget() throws Exception {
        StructuredReport report = structure("hospital-leadership-indicators.docx");

        assertThat(report.tables()).hasSize(2);
        List<Unit> units = report.units();
        assertThat(units).hasSize(6).extracting(Unit::kind).containsOnly(UnitKind.INDICATOR);
        assertThat(units.get(0).code()).contains("1");
        assertThat(units.get(0).title()).isEqualTo("ร้อยละความสำเร็จของแผนยุทธศาสตร์");
        assertThat(units.get(0).target()).contains("≥ 80%");
        assertThat(units.get(1).title()).startsWith("ข้อทักท้วงจากการตรวจสอบภายใน");
        assertThat(units.get(1).target()).contains("ลดลง");
        // the yearly values stay under their year headers
        assertThat(units.get(0).cells()).extracting(c -> c.header() + "=" + c.text()).contains("2558=53.66", "2561=88.22");
    }

    @Test
    void evidenceChecklistRowsAreChecklistItemsUnderTheirSteps() throws Exception {
        StructuredReport report = structure("pdca-checklist-blank.doc");

        List<Unit> units = report.units();
        assertThat(units).hasSizeGreaterThanOrEqualTo(25).extracting(Unit::kind).containsOnly(UnitKind.CHECKLIST_ITEM);
        assertThat(units.get(0).code()).contains("1.1");
        assertThat(units.get(0).title()).isEqualTo("บันทึกข้อความขออนุมัติโครงการ");
        assertThat(units.get(0).group()).hasValueSatisfying(g -> assertThat(g).startsWith("ขั้นตอนที่ 1"));
        assertThat(units.get(0).status()).isEmpty();
        assertThat(units).extracting(Unit::title).contains("คำสั่งแต่งตั้งคณะกรรมการดำเนินงาน")
                .noneMatch(title -> title.startsWith("ขั้นตอนที่"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memo-committee-invitation.doc", "memo-template.docx", "project-report-template.docx",
            "project-form.doc", "complaint-manual.pdf", "announcement-manpower-plan.docx"})
    void memosFormsManualsAndAnnouncementsYieldNoUnits(String name) throws Exception {
        StructuredReport report = structure(name);

        assertThat(report.units()).as(name).isEmpty();
        assertThat(report.measures()).as(name).isEmpty();
        assertThat(report.indicators()).as(name).isEmpty();
    }
}
