package th.ita.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;

import com.fasterxml.jackson.databind.JsonNode;

import th.ita.App;
import th.ita.model.ReportJson;

/** The real Camel Main pipeline on a temporary home, with ways to drop files and wait for them to be filed. */
final class PipelineHarness implements AutoCloseable {

    static final Path RESOURCES = Path.of("src/test/resources");

    private final Path home;
    private final Main main;

    PipelineHarness(Path home) throws Exception {
        this(home, Map.of());
    }

    PipelineHarness(Path home, Map<String, String> overrides) throws Exception {
        this.home = home;
        this.main = App.create(home, overrides);
        main.start();
    }

    Path home() {
        return home;
    }

    /** Expects {@code count} more files to be done (archived or failed) from now on. */
    NotifyBuilder expectDone(int count) {
        return new NotifyBuilder(main.getCamelContext()).whenDone(count).create();
    }

    /** Copies a test resource into the inbox the way a careful user would: write aside, then rename. */
    void drop(String resource, String name) {
        copyIn(RESOURCES.resolve(resource), name);
    }

    void copyIn(Path source, String name) {
        try {
            Path target = home.resolve("inbox").resolve(name);
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a good text report made unique by {@code marker}, so it is never a duplicate of another drop. */
    void dropGoodReport(String name, String marker) {
        try {
            Path temp = Files.createTempFile("good-", ".txt");
            String seed = Files.readString(RESOURCES.resolve("samples/000_2065e0d738ff9e85.txt"));
            Files.writeString(temp, seed + "\n" + marker + "\n", StandardCharsets.UTF_8);
            copyIn(temp, name);
            Files.delete(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void await(NotifyBuilder done) {
        if (!done.matches(60, TimeUnit.SECONDS)) {
            throw new AssertionError("The pipeline did not finish the dropped files within 60 s");
        }
    }

    /** Waits until the file has left the inbox for archive/ or failed/ (the move follows the exchange). */
    void awaitFiled(String name) {
        awaitCondition(Duration.ofSeconds(30), () -> Files.exists(archived(name)) || Files.exists(failed(name)));
    }

    Path archived(String name) {
        return home.resolve("archive").resolve(name);
    }

    Path failed(String name) {
        return home.resolve("failed").resolve(name);
    }

    JsonNode errorRecord(String name) throws IOException {
        return ReportJson.mapper().readTree(home.resolve("failed").resolve(name + FilingNotes.ERROR_SUFFIX).toFile());
    }

    JsonNode reportFor(String archivedName) throws IOException {
        String id = FileIntake.sha256Of(archived(archivedName));
        return ReportJson.mapper().readTree(home.resolve("reports").resolve(id + ".json").toFile());
    }

    static void awaitCondition(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
        }
    }

    @Override
    public void close() {
        main.stop();
    }
}
