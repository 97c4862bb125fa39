package th.ita.watch;

import java.time.Instant;
import java.util.Optional;

import th.ita.model.SourceFile.Location;

/**
 * What the product last saw at one place in a watched folder. Size and modification time decide whether the file
 * must be read again; the SHA-256 is read only when they changed.
 *
 * @param folder         the watched folder
 * @param path           the file's path relative to it, with {@code /} between names
 * @param sizeBytes      size when last seen
 * @param modifiedMillis modification time when last seen
 * @param sha256         the report this location is listed in, or empty when it is in none (a failed file)
 * @param state          indexed, failed, or (only in the catalogue's log) removed
 * @param failure        why it failed, for a failed file
 */
public record CatalogueEntry(String folder, String path, long sizeBytes, long modifiedMillis, String sha256,
                             State state, Optional<WatchFailure> failure) {

    public enum State { INDEXED, FAILED, REMOVED }

    /**
     * Why a watched file could not be ingested. It stays where it is; it is tried again when it changes.
     *
     * @param reason   a stable code, as for dropped files ({@code CORRUPT}, {@code UNREADABLE}, …)
     * @param message  what went wrong, for a person
     * @param failedAt when
     */
    public record WatchFailure(String reason, String message, Instant failedAt) {
    }

    public CatalogueEntry {
        failure = failure == null ? Optional.empty() : failure;
        sha256 = sha256 == null ? "" : sha256;
    }

    public Location location() {
        return new Location(folder, path);
    }
}
