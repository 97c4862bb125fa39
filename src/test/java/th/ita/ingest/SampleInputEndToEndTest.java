package th.ita.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import th.ita.extract.ocr.TesseractInstallation;
import th.ita.search.ReportSearcher;
import th.ita.search.SearchFilters;
import th.ita.search.SearchHit;
import th.ita.search.SearchRequest;
import th.ita.search.SearchResult;
import th.ita.search.YearRange;

/**
 * The samples a new user ingests first, through the real pipeline, then searched the way {@code ita search} does:
 * the Thai of the seeds' DOCX and PDF versions reads right, and the searches the README promises find their units.
 */
class SampleInputEndToEndTest {

    private static final Path SAMPLES = Path.of("sample-input");
    private static final List<String> TEXT_SAMPLES = List.of(
            "000_2065e0d738ff9e85.txt", "000_2065e0d738ff9e85.docx", "000_2065e0d738ff9e85.pdf",
            "003_de5ae8d4d3f592eb.txt", "003_de5ae8d4d3f592eb.docx", "003_de5ae8d4d3f592eb.pdf",
            "real/nysso-EB1-1.3.pdf", "real/nysso-EB2-2.1.pdf", "real/nysso-EB2-2.3.pdf");

    @TempDir
    static Path home;

    private static PipelineHarness pipeline;

    @BeforeAll
    static void ingestTheTextSamples() throws Exception {
        pipeline = new PipelineHarness(home);
        NotifyBuilder done = pipeline.expectDone(TEXT_SAMPLES.size());
        TEXT_SAMPLES.forEach(name -> pipeline.copyIn(SAMPLES.resolve(name), name));
        pipeline.await(done);
        TEXT_SAMPLES.forEach(pipeline::awaitFiled);
    }

    @AfterAll
    static void stopPipeline() {
        pipeline.close();
    }

    @Test
    void everySampleIsArchived() {
        TEXT_SAMPLES.forEach(name -> assertThat(pipeline.archived(name)).exists());
    }

    @Test
    void theSeedsDocxAndPdfTextHasNoPrivateUseGlyphsOrDecomposedSaraAm() throws Exception {
        for (String name : List.of("000_2065e0d738ff9e85.docx", "000_2065e0d738ff9e85.pdf",
                "003_de5ae8d4d3f592eb.docx", "003_de5ae8d4d3f592eb.pdf")) {
            String text = pipeline.reportFor(name).path("text").asText();
            assertThat(text).as(name).contains("องค์การบริหารส่วนตำบล");
            assertThat(text.codePoints().filter(c -> c >= 0xF700 && c <= 0xF8FF).count()).as(name + " PUA").isZero();
            assertThat(text).as(name + " decomposed SARA AM").doesNotContain("\u0E4D\u0E32");
            assertThat(text).as(name + " SARA AM lost as a space").doesNotContainPattern("[ก-ฮ][่-๋]? า");
        }
    }

    @Test
    void searchingTheInformationCentreFindsMeasure21OfSeed000First() throws Exception {
        try (ReportSearcher searcher = ReportSearcher.open(home.resolve("index"))) {
            SearchHit top = searcher.search(SearchRequest.of("ศูนย์ข้อมูลข่าวสาร")).hits().get(0);
            assertThat(top.kind()).isEqualTo("measure");
            assertThat(top.code()).contains("2.1");
            assertThat(top.fileName()).startsWith("000_2065e0d738ff9e85");
        }
    }

    @Test
    void searchingCorruptionIn2564ReturnsOnlyFiscalYear2564Units() throws Exception {
        try (ReportSearcher searcher = ReportSearcher.open(home.resolve("index"))) {
            SearchResult result = searcher.search(SearchRequest.of("ทุจริต")
                    .withFilters(SearchFilters.none().withYears(YearRange.parse("2564"))).withLimit(100));
            assertThat(result.total()).isPositive();
            assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.fiscalYearBe()).hasValue(2564));
            assertThat(searcher.search(SearchRequest.of("ทุจริต").withLimit(100)).hits())
                    .as("without the filter other years are found too")
                    .anySatisfy(hit -> assertThat(hit.fiscalYearBe()).hasValue(2565));
        }
    }

    @Test
    void theScannedCopyOfSeed003AloneYieldsIndicator4ForPublicProperty() throws Exception {
        assumeTrue(TesseractInstallation.probe("tesseract", "tha+eng").usable(),
                "Tesseract with Thai data is not installed; skipping the OCR search check");
        String scan = "scanned/003_de5ae8d4d3f592eb-scanned.pdf";
        NotifyBuilder done = pipeline.expectDone(1);
        pipeline.copyIn(SAMPLES.resolve("003_de5ae8d4d3f592eb-scanned.pdf"), scan);
        assertThat(done.matches(10, TimeUnit.MINUTES)).as("the scan was OCR'd").isTrue();
        pipeline.awaitFiled(scan);
        JsonNode report = pipeline.reportFor(scan);
        assertThat(report.path("ocr").path("pages")).hasSize(8);

        try (ReportSearcher searcher = ReportSearcher.open(home.resolve("index"))) {
            PipelineHarness.awaitCondition(java.time.Duration.ofSeconds(30), () -> hitsIn(searcher, scan) > 0);
            List<SearchHit> fromScan = searcher.search(SearchRequest.of("ทรัพย์สินของราชการ").withLimit(50)).hits()
                    .stream().filter(hit -> hit.fileName().equals(scan)).toList();
            assertThat(fromScan).anySatisfy(hit -> {
                assertThat(hit.kind()).isEqualTo("indicator");
                assertThat(hit.number()).hasValue(4);
            });
        }
    }

    private static long hitsIn(ReportSearcher searcher, String fileName) {
        try {
            return searcher.search(SearchRequest.of("ทรัพย์สินของราชการ").withLimit(50)).hits().stream()
                    .filter(hit -> hit.fileName().equals(fileName)).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
