package th.ita.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import th.ita.ingest.ArchivedFiles;
import th.ita.home.ReportStore;
import th.ita.model.Report;

/** {@code GET /api/reports/{id}} and {@code /api/reports/{id}/file}: a stored report and its original file. */
public final class ReportApi {

    /** Report ids are SHA-256 in hex; anything else cannot name a stored report, nor a path outside the store. */
    private static final Pattern REPORT_ID = Pattern.compile("[0-9a-f]{64}");

    private final ReportStore store;
    private final ArchivedFiles archive;

    public ReportApi(ReportStore store, ArchivedFiles archive) {
        this.store = store;
        this.archive = archive;
    }

    /** The normalized JSON exactly as stored. */
    public String report(String id) {
        Path json = store.pathOf(checked(id));
        try {
            return Files.readString(json);
        } catch (IOException e) {
            throw ApiException.notFound("no report " + id);
        }
    }

    public Download original(String id) {
        Report report = store.read(checked(id)).orElseThrow(() -> ApiException.notFound("no report " + id));
        Path file = archive.original(report.source())
                .orElseThrow(() -> ApiException.notFound("the original of report " + id + " is not in archive/"));
        String name = file.getFileName().toString();
        try {
            return Download.of(report.source().mediaType(), name, Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private String checked(String id) {
        String normalized = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        if (!REPORT_ID.matcher(normalized).matches() || !Files.isRegularFile(store.pathOf(normalized))) {
            throw ApiException.notFound("no report " + id);
        }
        return normalized;
    }
}
