package th.ita.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import th.ita.home.HomeLayout;
import th.ita.ingest.DropOutcome;
import th.ita.ingest.FileIntake;
import th.ita.ingest.InboxDrop;

/**
 * {@code GET /api/files/{id}}: where an uploaded file is on its way. The id encodes the file's name in the inbox and
 * its bytes' digest, so the answer comes from the folders themselves (as for {@code ita ingest}) and survives a
 * restart: still in the inbox (queued or processing), or filed in archive/, failed/ or needs-ocr/ with its record.
 */
public final class FileStatusApi {

    private final HomeLayout home;
    private final FileIntake intake;

    public FileStatusApi(HomeLayout home, FileIntake intake) {
        this.home = home;
        this.intake = intake;
    }

    static String idOf(InboxDrop.Dropped dropped) {
        String key = dropped.relativeName() + "\n" + dropped.sha256() + "\n" + dropped.size();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    public String status(String id) {
        InboxDrop.Dropped dropped = droppedOf(id);
        String name = dropped.relativeName();
        InboxDrop folders = new InboxDrop(home);
        if (Files.isRegularFile(home.inbox().resolve(name))) {
            return body(id, name, intake.isProcessing(name) ? "processing" : "queued", Optional.empty(), "");
        }
        Optional<DropOutcome> outcome = folders.outcomeOf(dropped);
        if (outcome.isEmpty()) {
            // between leaving the inbox and being filed the file is in neither place for a moment
            if (intake.isProcessing(name)) {
                return body(id, name, "processing", Optional.empty(), "");
            }
            outcome = folders.outcomeOf(dropped);
        }
        DropOutcome filed = outcome.orElseThrow(() -> ApiException.notFound("no uploaded file " + id));
        return switch (filed.kind()) {
            case ARCHIVED -> body(id, name, "archived", Optional.of(filed.reportId()), "");
            case DUPLICATE -> body(id, name, "duplicate", Optional.of(filed.reportId()),
                    "same bytes as " + filed.detail());
            case FAILED -> body(id, name, "failed", Optional.empty(), filed.detail());
            case NEEDS_OCR -> body(id, name, "needs-ocr", Optional.empty(), filed.detail());
        };
    }

    /** Only uploads (one file name at the inbox's top, never a path) can be asked for. */
    private static InboxDrop.Dropped droppedOf(String id) {
        String[] key;
        try {
            key = new String(Base64.getUrlDecoder().decode(id == null ? "" : id), StandardCharsets.UTF_8).split("\n");
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no uploaded file " + id);
        }
        if (key.length != 3 || !key[0].matches("[^/\\\\.][^/\\\\]*")
                || !key[1].matches("[0-9a-f]{64}") || !key[2].matches("\\d{1,18}")) {
            throw ApiException.notFound("no uploaded file " + id);
        }
        return new InboxDrop.Dropped(key[0], key[1], Long.parseLong(key[2]));
    }

    private static String body(String id, String name, String status, Optional<String> reportId, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", name);
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
