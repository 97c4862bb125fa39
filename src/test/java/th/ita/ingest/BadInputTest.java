package th.ita.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every kind of bad input ends in failed/ beside an error record saying why, while a good report dropped with it
 * is still ingested. One pipeline serves the class; each test uses its own file names.
 */
class BadInputTest {

    @TempDir
    static Path home;

    private static PipelineHarness pipeline;

    @BeforeAll
    static void startPipeline() throws Exception {
        pipeline = new PipelineHarness(home);
    }

    @AfterAll
    static void stopPipeline() {
        pipeline.close();
    }

    @Test
    void anEmptyPdfFailsAsEmpty() throws Exception {
        assertFailsBesideAGoodReport("bad-input/empty.pdf", "empty.pdf", "EMPTY_FILE");
    }

    @Test
    void anEmptyTextFileFailsAsEmpty() throws Exception {
        assertFailsBesideAGoodReport("bad-input/empty.txt", "empty.txt", "EMPTY_FILE");
    }

    @Test
    void aTruncatedPdfFailsAsCorrupt() throws Exception {
        JsonNode error = assertFailsBesideAGoodReport("bad-input/truncated.pdf", "truncated.pdf", "CORRUPT");
        assertThat(error.path("message").asText()).contains("truncated");
    }

    @Test
    void aCorruptDocxFailsAsCorrupt() throws Exception {
        assertFailsBesideAGoodReport("bad-input/corrupt.docx", "corrupt.docx", "CORRUPT");
    }

    @Test
    void aPasswordProtectedPdfFailsAsEncrypted() throws Exception {
        assertFailsBesideAGoodReport("bad-input/encrypted.pdf", "encrypted.pdf", "ENCRYPTED");
    }

    @Test
    void aPngNamedPdfFailsAsAMediaTypeMismatch() throws Exception {
        JsonNode error = assertFailsBesideAGoodReport("bad-input/png-disguised.pdf", "png-disguised.pdf", "MEDIA_TYPE_MISMATCH");
        assertThat(error.path("message").asText()).contains("image/png");
    }

    @Test
    void anExecutableFailsAsUnsupported() throws Exception {
        assertFailsBesideAGoodReport("bad-input/program.exe", "program.exe", "UNSUPPORTED_TYPE");
    }

    @Test
    void aDocxZipBombFailsBeforeAnyParserInflatesIt() throws Exception {
        assertFailsBesideAGoodReport("bad-input/zip-bomb.docx", "zip-bomb.docx", "ZIP_BOMB");
    }

    @Test
    void aFileOverTheSizeLimitFailsAsTooLargeWithoutBeingRead() throws Exception {
        Path huge = home.resolve("huge-200mb.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024); // sparse: takes no disk, still 200 MB to the pipeline
        }
        NotifyBuilder done = pipeline.expectDone(2);
        pipeline.copyIn(huge, "huge-200mb.pdf");
        pipeline.dropGoodReport("good-beside-huge.txt", "huge");
        pipeline.await(done);
        pipeline.awaitFiled("huge-200mb.pdf");
        pipeline.awaitFiled("good-beside-huge.txt");

        assertThat(pipeline.failed("huge-200mb.pdf")).exists();
        assertThat(pipeline.errorRecord("huge-200mb.pdf").path("reason").asText()).isEqualTo("TOO_LARGE");
        assertThat(pipeline.archived("good-beside-huge.txt")).exists();
    }

    @Test
    void aFileNamedInThaiWithSpacesIsIngested() throws Exception {
        String name = "รายงาน ผลการดำเนินงาน ๒๕๖๕.txt";
        NotifyBuilder done = pipeline.expectDone(1);
        pipeline.drop("bad-input/" + name, name);
        pipeline.await(done);
        pipeline.awaitFiled(name);

        assertThat(pipeline.archived(name)).exists();
        assertThat(pipeline.reportFor(name).path("source").path("fileName").asText()).isEqualTo(name);
    }

    @Test
    void aTis620TextExportIsDecodedAsWindows874() throws Exception {
        JsonNode report = ingestGood("bad-input/tis620-report.txt", "tis620.txt");
        assertThat(report.path("source").path("charset").asText()).isEqualTo("x-windows-874");
        assertThat(report.path("text").asText()).contains("องค์การบริหารส่วนตำบลวังมะปรางเหนือ");
    }

    @Test
    void aUtf16TextExportWithByteOrderMarkIsDecoded() throws Exception {
        JsonNode report = ingestGood("bad-input/utf16-bom-report.txt", "utf16.txt");
        assertThat(report.path("source").path("charset").asText()).isEqualTo("UTF-16LE");
        assertThat(report.path("text").asText()).contains("องค์การบริหารส่วนตำบลวังมะปรางเหนือ").doesNotContain("\uFEFF");
    }

    @Test
    void aUtf8TextExportWithByteOrderMarkIsDecodedWithoutTheMark() throws Exception {
        JsonNode report = ingestGood("bad-input/utf8-bom-report.txt", "utf8-bom.txt");
        assertThat(report.path("text").asText()).startsWith(Files.readString(
                PipelineHarness.RESOURCES.resolve("bad-input/utf16-bom-report.txt"),
                java.nio.charset.StandardCharsets.UTF_16).substring(0, 10));
    }

    private JsonNode ingestGood(String resource, String name) throws Exception {
        NotifyBuilder done = pipeline.expectDone(1);
        pipeline.drop(resource, name);
        pipeline.await(done);
        pipeline.awaitFiled(name);
        assertThat(pipeline.archived(name)).exists();
        return pipeline.reportFor(name);
    }

    private JsonNode assertFailsBesideAGoodReport(String resource, String name, String reason) throws Exception {
        String goodName = "good-beside-" + name + ".txt";
        NotifyBuilder done = pipeline.expectDone(2);
        pipeline.drop(resource, name);
        pipeline.dropGoodReport(goodName, name);
        pipeline.await(done);
        pipeline.awaitFiled(name);
        pipeline.awaitFiled(goodName);

        assertThat(pipeline.failed(name)).exists();
        assertThat(home.resolve("inbox").resolve(name)).doesNotExist();
        JsonNode error = pipeline.errorRecord(name);
        assertThat(error.path("reason").asText()).isEqualTo(reason);
        assertThat(error.path("fileName").asText()).isEqualTo(name);
        assertThat(error.path("exceptionClass").asText()).isNotBlank();
        assertThat(error.path("failedAt").asText()).isNotBlank();
        assertThat(pipeline.archived(goodName)).exists();
        assertThat(pipeline.reportFor(goodName).path("text").asText()).contains(name);
        return error;
    }
}
