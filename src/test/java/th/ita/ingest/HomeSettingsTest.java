package th.ita.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeSettingsTest {

    @TempDir
    Path home;

    @Test
    void aSettingInTheHomesApplicationPropertiesOverridesTheDefault() throws Exception {
        Files.writeString(home.resolve("application.properties"), "ita.max-file-size-mb = 1\n");
        try (PipelineHarness pipeline = new PipelineHarness(home)) {
            NotifyBuilder done = pipeline.expectDone(1);
            pipeline.copyIn(Path.of("sample-input/003_de5ae8d4d3f592eb-scanned.pdf"), "scan-over-1mb.pdf");
            pipeline.await(done);
            pipeline.awaitFiled("scan-over-1mb.pdf");

            assertThat(pipeline.errorRecord("scan-over-1mb.pdf").path("reason").asText()).isEqualTo("TOO_LARGE");
        }
    }
}
