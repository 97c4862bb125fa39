package th.ita.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReportSchemaTest {

    private final ObjectMapper json = ReportJson.mapper();

    @Test
    void schemaOneReportLoadsWithTheSchemaTwoPartsEmpty() throws Exception {
        Report report;
        try (InputStream in = getClass().getResourceAsStream("/bench/reports/seed000-nongsano-2565.json")) {
            report = json.readValue(in, Report.class);
        }
        assertThat(report.schemaVersion()).isEqualTo(1);
        assertThat(report.measures()).isNotEmpty();
        assertThat(report.documentKind()).isEqualTo(DocumentKind.OTHER);
        assertThat(report.evidenceFor()).isEmpty();
        assertThat(report.fiscalYears()).isEmpty();
        assertThat(report.tables()).isEmpty();
        assertThat(report.units()).isEmpty();
        assertThat(report.organization()).isPresent();
        assertThat(report.memo()).isNotNull();
        assertThat(report.ocr()).isNotNull().isEmpty();
    }

    @Test
    void schemaTwoReportRoundTripsThroughJson() throws Exception {
        TableCell title = new TableCell("กิจกรรม/โครงการ", "โครงการส่งเสริมคุณธรรม");
        TableCell budget = new TableCell("งบประมาณ", "10,000");
        ReportTable table = new ReportTable(1, List.of(2, 3), Optional.of("แผนปฏิบัติการ"),
                List.of("กิจกรรม/โครงการ", "งบประมาณ"),
                List.of(new TableRow(List.of(new TableCell("กิจกรรม/โครงการ", "กลยุทธ์ที่ ๑ ส่งเสริม"),
                                new TableCell("งบประมาณ", "")), Optional.empty(), true),
                        new TableRow(List.of(title, budget), Optional.of("กลยุทธ์ที่ ๑ ส่งเสริม"), false)));
        Unit unit = new Unit(UnitKind.MEASURE, Optional.of("1"), title.text(), Optional.of("กลยุทธ์ที่ ๑ ส่งเสริม"),
                Optional.empty(), Optional.empty(), Optional.of("10,000"), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), new UnitSource(1, 1));
        SourceFile source = new SourceFile("plan.pdf", "application/pdf", "ab", 10, OptionalInt.of(3),
                Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"));
        Report report = new Report(Report.SCHEMA_VERSION, "ab", source, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), "text", List.of(), DocumentKind.ACTION_PLAN,
                List.of(new AssessmentItem("MOIT5", AssessmentFramework.MOIT, Optional.of(2566))),
                Optional.of(FiscalYearSpan.of(2565, 2569, FiscalYearSpan.Source.TITLE)), List.of(table), List.of(unit));

        String written = json.writeValueAsString(report);
        JsonNode tree = json.readTree(written);
        assertThat(tree.path("documentKind").asText()).isEqualTo("action-plan");
        assertThat(tree.path("units").get(0).path("kind").asText()).isEqualTo("measure");
        assertThat(tree.path("evidenceFor").get(0).path("framework").asText()).isEqualTo("MOIT");
        assertThat(tree.path("fiscalYears").path("to").path("be").asInt()).isEqualTo(2569);
        assertThat(json.readValue(written, Report.class)).isEqualTo(report);
    }
}
