package th.ita.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.App;
import th.ita.search.ReportSearcher;
import th.ita.search.SearchFilters;
import th.ita.search.SearchRequest;
import th.ita.search.UnitMatch;

/**
 * Kills a running pipeline with SIGKILL while 50 files are in flight, starts it again, and checks that every file
 * ended in archive/ or failed/ and that every archived file has its report JSON.
 */
class CrashRecoveryTest {

    private static final int FILES = 50;

    @TempDir
    Path home;

    @Test
    void aPipelineKilledMidBatchFinishesEveryFileAfterRestart() throws Exception {
        Process pipeline = startPipelineProcess();
        List<String> names = dropDistinctPdfs(FILES);
        try {
            PipelineHarness.awaitCondition(Duration.ofSeconds(120), () -> countFiles(home.resolve("archive"), ".pdf") >= 5);
        } finally {
            pipeline.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
            pipeline.waitFor();
        }
        long archivedBeforeCrash = countFiles(home.resolve("archive"), ".pdf");
        assertThat(archivedBeforeCrash).as("the crash happened mid-batch").isLessThan(FILES);

        Main restarted = App.create(home, Map.of());
        restarted.start();
        try {
            PipelineHarness.awaitCondition(Duration.ofSeconds(180), () -> countFiles(home.resolve("inbox"), ".pdf") == 0
                    && countFiles(home.resolve("archive"), ".pdf") + countFiles(home.resolve("failed"), ".pdf") == FILES);
        } finally {
            restarted.stop();
        }

        // every copy is a good PDF, so every one must be archived, with its report, and searchable
        Set<String> reportIds = new HashSet<>();
        for (String name : names) {
            Path archived = home.resolve("archive").resolve(name);
            assertThat(archived).as(name + " is archived").exists();
            String id = FileIntake.sha256Of(archived);
            assertThat(home.resolve("reports").resolve(id + ".json")).exists();
            reportIds.add(id);
        }
        try (ReportSearcher searcher = ReportSearcher.open(home.resolve("index"))) {
            Set<String> indexed = new HashSet<>();
            for (UnitMatch match : searcher.matches(SearchRequest.of("").withFilters(SearchFilters.none().withKinds("report")))) {
                indexed.add(match.reportId());
            }
            assertThat(indexed).containsAll(reportIds);
        }
        System.out.printf("crash recovery: %d of %d archived before SIGKILL; after restart all %d archived, with reports, indexed%n",
                archivedBeforeCrash, FILES, FILES);
    }

    private Process startPipelineProcess() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "th.ita.cli.ItaCommand",
                "run", "--no-http", "--home", home.toString(), "--routes", Path.of("routes").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolveSibling(home.getFileName() + "-pipeline.log").toFile())
                .start();
    }

    /** Copies of a real PDF, each made distinct by a trailing PDF comment so each has its own report id. */
    private List<String> dropDistinctPdfs(int count) throws IOException {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/real-docs/nysso-EB1-1.7.pdf"));
        Path inbox = home.resolve("inbox");
        Files.createDirectories(inbox);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "report-%02d.pdf".formatted(i);
            Path temp = inbox.resolve("." + name + ".tmp");
            Files.write(temp, pdf);
            Files.write(temp, ("\n%% copy " + i + "\n").getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
            Files.move(temp, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            names.add(name);
        }
        return names;
    }

    private static long countFiles(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.getFileName().toString().endsWith(suffix)
                    && !path.getFileName().toString().startsWith(".")).count();
        } catch (IOException | java.io.UncheckedIOException racingWithMoves) {
            return -1;
        }
    }
}
