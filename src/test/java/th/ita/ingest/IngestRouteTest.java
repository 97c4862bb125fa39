package th.ita.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import th.ita.model.Report;
import th.ita.search.ReportSearcher;
import th.ita.search.SearchRequest;

class IngestRouteTest {

    @TempDir
    Path home;

    private PipelineHarness pipeline;

    @BeforeEach
    void startPipeline() throws Exception {
        pipeline = new PipelineHarness(home);
    }

    @AfterEach
    void stopPipeline() {
        pipeline.close();
    }

    @Test
    void aDroppedTextReportIsArchivedWithItsJson() throws Exception {
        NotifyBuilder done = pipeline.expectDone(1);
        pipeline.drop("samples/000_2065e0d738ff9e85.txt", "000.txt");
        pipeline.await(done);
        pipeline.awaitFiled("000.txt");

        JsonNode report = pipeline.reportFor("000.txt");
        assertThat(report.path("schemaVersion").asInt()).isEqualTo(Report.SCHEMA_VERSION);
        assertThat(report.path("id").asText()).isEqualTo(FileIntake.sha256Of(pipeline.archived("000.txt")));
        assertThat(report.path("source").path("fileName").asText()).isEqualTo("000.txt");
        assertThat(report.path("source").path("charset").asText()).isEqualTo("UTF-8");
        assertThat(report.path("text").asText()).contains("องค์การบริหารส่วนตำบลหนองโสน");
        assertThat(report.path("measures")).hasSize(8);
    }

    @Test
    void filesInSubfoldersKeepTheirFolderInTheArchive() throws Exception {
        NotifyBuilder done = pipeline.expectDone(1);
        pipeline.drop("samples/003_de5ae8d4d3f592eb.txt", "2565/หนองโสน/003.txt");
        pipeline.await(done);
        pipeline.awaitFiled("2565/หนองโสน/003.txt");

        assertThat(pipeline.archived("2565/หนองโสน/003.txt")).exists();
        assertThat(pipeline.reportFor("2565/หนองโสน/003.txt").path("indicators")).hasSize(9);
    }

    @Test
    void theSameBytesUnderAnotherNameAreArchivedAsADuplicateWithoutANewReport() throws Exception {
        NotifyBuilder first = pipeline.expectDone(1);
        pipeline.drop("samples/000_2065e0d738ff9e85.txt", "first.txt");
        pipeline.await(first);
        pipeline.awaitFiled("first.txt");
        long reportsBefore = countReports();

        NotifyBuilder second = pipeline.expectDone(1);
        pipeline.drop("samples/000_2065e0d738ff9e85.txt", "copy of first.txt");
        pipeline.await(second);
        pipeline.awaitFiled("copy of first.txt");

        assertThat(pipeline.archived("copy of first.txt")).exists();
        assertThat(home.resolve("archive/copy of first.txt" + FilingNotes.DUPLICATE_SUFFIX)).content()
                .contains("\"firstIngestedAs\" : \"first.txt\"");
        assertThat(countReports()).isEqualTo(reportsBefore);
        assertThat(pipeline.reportFor("first.txt").path("source").path("fileName").asText()).isEqualTo("first.txt");
    }

    @Test
    void identicalCopiesDroppedTogetherAreProcessedOnceAndTheRestNotedAsDuplicates() throws Exception {
        int copies = 8;
        NotifyBuilder done = pipeline.expectDone(copies);
        for (int i = 0; i < copies; i++) {
            pipeline.drop("samples/003_de5ae8d4d3f592eb.txt", "same-" + i + ".txt");
        }
        pipeline.await(done);
        for (int i = 0; i < copies; i++) {
            pipeline.awaitFiled("same-" + i + ".txt");
        }

        long duplicates;
        try (var notes = Files.list(home.resolve("archive"))) {
            duplicates = notes.filter(path -> path.toString().endsWith(FilingNotes.DUPLICATE_SUFFIX)).count();
        }
        assertThat(duplicates).isEqualTo(copies - 1);
        assertThat(countReports()).isEqualTo(1);
    }

    @Test
    void aSecondFileUnderAnArchivedNameIsKeptBesideTheFirst() throws Exception {
        NotifyBuilder first = pipeline.expectDone(1);
        pipeline.dropGoodReport("monthly.txt", "first version");
        pipeline.await(first);
        pipeline.awaitFiled("monthly.txt");

        NotifyBuilder second = pipeline.expectDone(1);
        pipeline.dropGoodReport("monthly.txt", "second version");
        pipeline.await(second);
        pipeline.awaitFiled("monthly (2).txt");

        assertThat(pipeline.archived("monthly.txt")).content().contains("first version");
        assertThat(pipeline.archived("monthly (2).txt")).content().contains("second version");
        assertThat(countReports()).isEqualTo(2);
    }

    @Test
    void hiddenAndOfficeLockFilesAreLeftAlone() throws Exception {
        NotifyBuilder done = pipeline.expectDone(1);
        pipeline.drop("samples/000_2065e0d738ff9e85.txt", "~$report.docx");
        pipeline.dropGoodReport("after-lock-file.txt", "lock file test");
        pipeline.await(done);
        pipeline.awaitFiled("after-lock-file.txt");

        assertThat(home.resolve("inbox/~$report.docx")).exists();
        assertThat(pipeline.failed("~$report.docx")).doesNotExist();
    }

    @Test
    void aDroppedReportBecomesSearchableThroughASeparateIndexReader() throws Exception {
        try (ReportSearcher otherReader = ReportSearcher.open(home.resolve("index"))) {
            long landed = System.nanoTime();
            pipeline.dropGoodReport("fresh.txt", "freshnessmarker");
            PipelineHarness.awaitCondition(Duration.ofSeconds(30),
                    () -> total(otherReader, "freshnessmarker") > 0);
            // the latency is measured and printed, not asserted: timing belongs to the benchmark
            System.out.printf("drop to searchable from a separate reader: %d ms%n",
                    Duration.ofNanos(System.nanoTime() - landed).toMillis());
        }
    }

    private static long total(ReportSearcher searcher, String text) {
        try {
            return searcher.search(SearchRequest.of(text)).total();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long countReports() throws Exception {
        try (var files = Files.list(home.resolve("reports"))) {
            return files.filter(path -> path.toString().endsWith(".json")).count();
        }
    }
}
