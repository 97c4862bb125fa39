package th.ita.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.home.HomeLayout;
import th.ita.ingest.FailureRecord;
import th.ita.ingest.FileIntake;
import th.ita.ingest.FilingNotes;
import th.ita.ingest.NeedsOcrShelf;
import th.ita.model.ReportJson;

/** {@code GET /api/status} and {@code /api/health}: what the folders hold and what is being processed. */
public final class StatusApi {

    static final int RECENT_FAILURES = 20;

    private final HomeLayout home;
    private final FileIntake intake;
    private final ObjectMapper records = ReportJson.mapper();

    public StatusApi(HomeLayout home, FileIntake intake) {
        this.home = home;
        this.intake = intake;
    }

    public String health() {
        return JsonBodies.of(Map.of("status", "UP"));
    }

    public String status() {
        List<Path> inbox = files(home.inbox());
        List<Path> archive = files(home.archive());
        List<Path> failed = files(home.failed());
        List<Path> needsOcr = files(home.needsOcr());
        long duplicates = count(archive, FilingNotes.DUPLICATE_SUFFIX);
        int processing = intake.processing();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("queued", Math.max(0, inbox.size() - processing));
        counts.put("processing", processing);
        counts.put("archived", archive.size() - 2 * duplicates);
        counts.put("duplicate", duplicates);
        counts.put("failed", count(failed, FilingNotes.ERROR_SUFFIX));
        counts.put("needs-ocr", count(needsOcr, NeedsOcrShelf.RECORD_SUFFIX));
        counts.put("reports", home.reportStore().files().size());
        List<FailureRecord> recent = failed.stream()
                .filter(f -> f.getFileName().toString().endsWith(FilingNotes.ERROR_SUFFIX))
                .flatMap(this::failureIn)
                .sorted(Comparator.comparing(FailureRecord::failedAt).reversed())
                .limit(RECENT_FAILURES)
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("counts", counts);
        body.put("inFlight", processing);
        body.put("recentFailures", recent);
        return JsonBodies.of(body);
    }

    private Stream<FailureRecord> failureIn(Path record) {
        try {
            return Stream.of(records.readValue(record.toFile(), FailureRecord.class));
        } catch (IOException unreadable) {
            return Stream.empty();
        }
    }

    private static long count(List<Path> files, String suffix) {
        return files.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).count();
    }

    /** Regular, not hidden files under {@code folder}: hidden ones are half-written copies. */
    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
