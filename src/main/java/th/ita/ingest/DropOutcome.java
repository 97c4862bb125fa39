package th.ita.ingest;

/**
 * Where one dropped file ended up.
 *
 * @param kind         archived, duplicate or failed
 * @param relativeName the name it was dropped under
 * @param reportId     the report id (SHA-256) when archived or a duplicate
 * @param detail       the failure reason and message, or the name a duplicate was first ingested under
 */
public record DropOutcome(Kind kind, String relativeName, String reportId, String detail) {

    public enum Kind { ARCHIVED, DUPLICATE, FAILED }

    /** One line for a person: outcome, id or reason, name. */
    public String describe() {
        return switch (kind) {
            case ARCHIVED -> "archived  %s  %s".formatted(reportId, relativeName);
            case DUPLICATE -> "duplicate %s  %s  (same bytes as %s)".formatted(reportId, relativeName, detail);
            case FAILED -> "failed    %s  %s".formatted(relativeName, detail);
        };
    }
}
