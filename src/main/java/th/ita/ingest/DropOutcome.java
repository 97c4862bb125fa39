package th.ita.ingest;

/**
 * Where one dropped file ended up.
 *
 * @param kind         archived, duplicate, failed, or waiting for OCR
 * @param relativeName the name it was dropped under
 * @param reportId     the report id (SHA-256) when archived or a duplicate
 * @param detail       what an archived report yielded, the failure reason and message, or the name a duplicate
 *                     was first ingested under
 */
public record DropOutcome(Kind kind, String relativeName, String reportId, String detail) {

    public enum Kind { ARCHIVED, DUPLICATE, FAILED, NEEDS_OCR }

    /** One line for a person: outcome, id or reason, name. */
    public String describe() {
        return switch (kind) {
            case ARCHIVED -> "archived  %s  %s%s".formatted(shortId(), relativeName, detail.isEmpty() ? "" : "  (" + detail + ")");
            case DUPLICATE -> "duplicate %s  %s  (same bytes as %s)".formatted(shortId(), relativeName, detail);
            case FAILED -> "failed    %s  %s".formatted(relativeName, detail);
            case NEEDS_OCR -> "needs-ocr %s  %s  (ita ocr-retry once OCR is installed)".formatted(relativeName, detail);
        };
    }

    /** The 12 characters search shows and show accepts. */
    private String shortId() {
        return reportId.length() > 12 ? reportId.substring(0, 12) : reportId;
    }
}
