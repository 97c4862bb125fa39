package th.ita.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Seed 003 saved by LibreOffice in each office format the inbox reads (scripts/make-format-samples.sh) is ingested
 * with its organisation and fiscal year; where Tika's XHTML keeps the tables, its 9 indicators and 22 O-items too.
 */
class FormatsTest {

    private static final List<String> FORMATS = List.of("odt", "doc", "html", "rtf");

    @TempDir
    static java.nio.file.Path home;

    private static PipelineHarness pipeline;

    @BeforeAll
    static void ingestEveryFormat() throws Exception {
        pipeline = new PipelineHarness(home);
        NotifyBuilder done = pipeline.expectDone(FORMATS.size());
        FORMATS.forEach(format -> pipeline.drop("formats/seed003." + format, "seed003." + format));
        pipeline.await(done);
        FORMATS.forEach(format -> pipeline.awaitFiled("seed003." + format));
    }

    @AfterAll
    static void stopPipeline() {
        pipeline.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"odt", "doc", "html", "rtf"})
    void eachFormatIsArchivedWithItsOrganisationAndYear(String format) throws Exception {
        JsonNode report = pipeline.reportFor("seed003." + format);
        assertThat(report.path("organization").path("name").asText()).isEqualTo("องค์การบริหารส่วนตำบลวังมะปรางเหนือ");
        assertThat(report.path("fiscalYear").path("be").asInt()).isEqualTo(2564);
        assertThat(report.path("text").asText()).contains("การใช้ทรัพย์สินของราชการ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"odt", "doc", "html"})
    void formatsWhoseTablesReachTheXhtmlYieldEveryIndicator(String format) throws Exception {
        JsonNode indicators = pipeline.reportFor("seed003." + format).path("indicators");
        assertThat(indicators).hasSize(9);
        int oitItems = 0;
        for (JsonNode indicator : indicators) {
            oitItems += indicator.path("oitItems").size();
        }
        assertThat(oitItems).isEqualTo(22);
    }
}
