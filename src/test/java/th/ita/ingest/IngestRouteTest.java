package th.ita.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import th.ita.App;
import th.ita.model.ReportJson;

class IngestRouteTest {

    @TempDir
    Path home;

    private Main main;

    @BeforeEach
    void startPipeline() throws Exception {
        main = App.create(home, Map.of());
        main.start();
    }

    @AfterEach
    void stopPipeline() {
        main.stop();
    }

    @Test
    void aDroppedTextReportIsArchivedWithItsJson() throws Exception {
        NotifyBuilder done = new NotifyBuilder(main.getCamelContext()).fromRoute("ingest").whenDone(1).create();

        drop("samples/000_2065e0d738ff9e85.txt", "000.txt");

        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(home.resolve("archive/000.txt")).exists();
        String id = FileIntake.sha256Of(home.resolve("archive/000.txt"));
        JsonNode report = ReportJson.mapper().readTree(home.resolve("reports/" + id + ".json").toFile());
        assertThat(report.path("id").asText()).isEqualTo(id);
        assertThat(report.path("source").path("fileName").asText()).isEqualTo("000.txt");
        assertThat(report.path("text").asText()).contains("องค์การบริหารส่วนตำบลหนองโสน");
    }

    private void drop(String resource, String name) throws IOException {
        Path source = Path.of("src/test/resources").resolve(resource);
        Path target = home.resolve("inbox").resolve(name);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + name + ".tmp");
        Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
