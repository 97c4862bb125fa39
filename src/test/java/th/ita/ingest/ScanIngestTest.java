package th.ita.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import th.ita.extract.ocr.TesseractInstallation;
import th.ita.model.ReportJson;

/**
 * Scans through the real pipeline: without Tesseract they wait in needs-ocr/; once Tesseract is there, the
 * pipeline takes them back on start and OCRs them. Uses one real OCR page (the scanned PNG of seed 003).
 */
class ScanIngestTest {

    private static final Path SCANNED_PAGE = Path.of("sample-input/003_de5ae8d4d3f592eb-scanned-p1.png");
    private static final Map<String, String> NO_TESSERACT = Map.of("ita.ocr.tesseract-path", "/nonexistent/bin/tesseract");

    @TempDir
    Path home;

    @Test
    void aScanWaitsInNeedsOcrWithItsReasonWhenTesseractIsMissing() throws Exception {
        try (PipelineHarness pipeline = new PipelineHarness(home, NO_TESSERACT)) {
            pipeline.copyIn(SCANNED_PAGE, "scans/003-p1.png");
            Path waiting = home.resolve("needs-ocr/scans/003-p1.png");
            PipelineHarness.awaitCondition(Duration.ofSeconds(30), () -> Files.exists(waiting));

            JsonNode record = ReportJson.mapper().readTree(
                    home.resolve("needs-ocr/scans/003-p1.png" + NeedsOcrShelf.RECORD_SUFFIX).toFile());
            assertThat(record.path("reason").asText()).isEqualTo("OCR_UNAVAILABLE");
            assertThat(record.path("message").asText()).contains("/nonexistent/bin/tesseract");
            assertThat(home.resolve("inbox/scans/003-p1.png")).doesNotExist();
            assertThat(pipeline.failed("scans/003-p1.png")).doesNotExist();
            assertThat(pipeline.archived("scans/003-p1.png")).doesNotExist();
        }
    }

    @Test
    void aWaitingScanIsReadWithOcrWhenThePipelineStartsWithTesseract() throws Exception {
        TesseractInstallation tesseract = TesseractInstallation.probe("tesseract", "tha+eng");
        assumeTrue(tesseract.usable(), "Tesseract with Thai data is not installed here: " + tesseract.missing().orElse(""));
        try (PipelineHarness pipeline = new PipelineHarness(home, NO_TESSERACT)) {
            pipeline.copyIn(SCANNED_PAGE, "003-p1.png");
            PipelineHarness.awaitCondition(Duration.ofSeconds(30), () -> Files.exists(home.resolve("needs-ocr/003-p1.png")));
        }

        try (PipelineHarness pipeline = new PipelineHarness(home)) {
            PipelineHarness.awaitCondition(Duration.ofSeconds(90), () -> Files.exists(pipeline.archived("003-p1.png")));

            assertThat(home.resolve("needs-ocr/003-p1.png")).doesNotExist();
            JsonNode report = pipeline.reportFor("003-p1.png");
            assertThat(report.path("source").path("mediaType").asText()).isEqualTo("image/png");
            assertThat(report.path("ocr").path("pages")).hasSize(1);
            assertThat(report.path("ocr").path("meanConfidence").asDouble()).isGreaterThan(80);
            // normalised like any other text: SARA AM composed back from Tesseract's NIKHAHIT + SARA AA
            assertThat(report.path("text").asText())
                    .contains("องค์การบริหารส่วนตำบลวังมะปรางเหนือ", "ประจำปีงบประมาณ", "ตัวชี้วัด")
                    .doesNotContain("\u0E4D\u0E32");
            assertThat(report.path("indicators").get(0).path("number").asInt()).isEqualTo(2);
            assertThat(report.path("priorAssessment").path("score").asDouble()).isEqualTo(65.12);
        }
    }

    @Test
    void aDocxMadeOfOneScannedPictureIsReadWithOcr() throws Exception {
        TesseractInstallation tesseract = TesseractInstallation.probe("tesseract", "tha+eng");
        assumeTrue(tesseract.usable(), "Tesseract with Thai data is not installed here: " + tesseract.missing().orElse(""));
        try (PipelineHarness pipeline = new PipelineHarness(home)) {
            // made by scripts/make-picture-docx.py from the scanned page: a Word file holding only the picture
            pipeline.drop("ocr/picture-only-003-p1.docx", "pasted-scan.docx");
            PipelineHarness.awaitCondition(Duration.ofSeconds(90), () -> Files.exists(pipeline.archived("pasted-scan.docx")));

            JsonNode report = pipeline.reportFor("pasted-scan.docx");
            assertThat(report.path("ocr").path("pages")).hasSize(1);
            assertThat(report.path("text").asText()).contains("องค์การบริหารส่วนตำบลวังมะปรางเหนือ", "ประจำปีงบประมาณ");
            assertThat(report.path("fiscalYear").path("be").asInt()).isEqualTo(2564);
        }
    }

    @Test
    void stoppingThePipelineFinishesTheScanInFlightFirst() throws Exception {
        TesseractInstallation tesseract = TesseractInstallation.probe("tesseract", "tha+eng");
        assumeTrue(tesseract.usable(), "Tesseract with Thai data is not installed here: " + tesseract.missing().orElse(""));
        PipelineHarness pipeline = new PipelineHarness(home);
        try {
            pipeline.copyIn(Path.of("sample-input/000_2065e0d738ff9e85-scanned.pdf"), "in-flight.pdf");
            // the consumer's lock marker says the file has been picked up and is being processed
            PipelineHarness.awaitCondition(Duration.ofSeconds(30),
                    () -> Files.exists(home.resolve("inbox/in-flight.pdf.camelLock")));
        } finally {
            pipeline.close(); // the same graceful stop Ctrl-C triggers
        }

        assertThat(pipeline.archived("in-flight.pdf")).exists();
        assertThat(pipeline.reportFor("in-flight.pdf").path("ocr").path("pages")).hasSize(9);
    }
}
