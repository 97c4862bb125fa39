package th.ita.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import th.ita.ingest.DropOutcome;
import th.ita.ingest.FileIntake;
import th.ita.ingest.InboxDrop;

/**
 * {@code GET /api/files/{id}}: where an uploaded file is on its way. The id encodes the file's name in the inbox,
 * so the answer comes from the folders themselves and survives a restart: still in the inbox (queued or processing),
 * or filed in archive/, failed/ or needs-ocr/ with its record.
 */
public final class FileStatusApi {

    private final Path home;
    private final FileIntake intake;

    public FileStatusApi(Path home, FileIntake intake) {
        this.home = home;
        this.intake = intake;
    }

    static String idOf(String relativeName) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(relativeName.getBytes(StandardCharsets.UTF_8));
    }

    public String status(String id) {
        String name = nameOf(id);
        InboxDrop.Dropped dropped = new InboxDrop.Dropped(name);
        InboxDrop folders = new InboxDrop(home, "");
        Optional<DropOutcome> outcome = folders.outcomeOf(dropped);
        if (outcome.isEmpty() && Files.isRegularFile(home.resolve("inbox").resolve(name))) {
            return body(id, name, intake.isProcessing(name) ? "processing" : "queued", Optional.empty(), "");
        }
        // between leaving the inbox and being filed the file is in neither place for a moment
        outcome = outcome.or(() -> folders.outcomeOf(dropped));
        if (outcome.isEmpty()) {
            if (intake.isProcessing(name)) {
                return body(id, name, "processing", Optional.empty(), "");
            }
            throw ApiException.notFound("no uploaded file " + id);
        }
        DropOutcome filed = outcome.get();
        return switch (filed.kind()) {
            case ARCHIVED -> body(id, name, "archived", Optional.of(filed.reportId()), "");
            case DUPLICATE -> body(id, name, "duplicate", Optional.of(filed.reportId()),
                    "same bytes as " + filed.detail());
            case FAILED -> body(id, name, "failed", Optional.empty(), filed.detail());
            case NEEDS_OCR -> body(id, name, "needs-ocr", Optional.empty(), filed.detail());
        };
    }

    /** Only names of uploads (a web- batch folder and one file name) can be asked for. */
    private static String nameOf(String id) {
        String name;
        try {
            name = new String(Base64.getUrlDecoder().decode(id == null ? "" : id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no uploaded file " + id);
        }
        if (!name.matches("web-[0-9-]+/[^/\\\\]+") || name.contains("..")) {
            throw ApiException.notFound("no uploaded file " + id);
        }
        return name;
    }

    private static String body(String id, String name, String status, Optional<String> reportId, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", name.substring(name.indexOf('/') + 1));
        body.put("status", status);
        reportId.ifPresent(report -> {
            body.put("reportId", report);
            body.put("reportUrl", "/api/reports/" + report);
        });
        if (!reason.isEmpty()) {
            body.put("reason", reason);
        }
        return JsonBodies.of(body);
    }
}
