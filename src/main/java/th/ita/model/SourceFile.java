package th.ita.model;

import java.io.File;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a report came from.
 *
 * @param fileName    path relative to the inbox, as dropped; for a file found in a watched folder, its path
 *                    relative to that folder (the first of {@code locations})
 * @param mediaType   detected media type, e.g. {@code application/pdf}
 * @param sha256      hex SHA-256 of the file's bytes; also the report id
 * @param sizeBytes   file size
 * @param pages       page count when the format has pages
 * @param charset     decoded charset for text formats
 * @param extractedAt when the text was extracted
 * @param locations   where files with these bytes lie in watched folders now; empty for a dropped file and for
 *                    a watched file that is gone
 * @param goneAt      when the last watched file with these bytes disappeared: the report is kept but no longer
 *                    searched
 */
public record SourceFile(
        String fileName,
        String mediaType,
        String sha256,
        long sizeBytes,
        OptionalInt pages,
        Optional<String> charset,
        Instant extractedAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Location> locations,
        Optional<Instant> goneAt) {

    public SourceFile {
        // reports written before watched folders existed have neither field
        locations = locations == null ? List.of() : List.copyOf(locations);
        goneAt = goneAt == null ? Optional.empty() : goneAt;
    }

    /** A dropped file: no watched location. */
    public SourceFile(String fileName, String mediaType, String sha256, long sizeBytes, OptionalInt pages,
                      Optional<String> charset, Instant extractedAt) {
        this(fileName, mediaType, sha256, sizeBytes, pages, charset, extractedAt, List.of(), Optional.empty());
    }

    /**
     * One place a file lies in a watched folder.
     *
     * @param folder the watched folder, as configured (absolute)
     * @param path   the file's path relative to it, with {@code /} between names
     */
    public record Location(String folder, String path) {

        /** The full path, as a person would type it. */
        public String fullPath() {
            return folder + File.separator + path.replace("/", File.separator);
        }
    }

    /** What a search hit shows as the file: every watched location, else the name it was dropped under. */
    public String shownPath() {
        return locations.isEmpty()
                ? fileName
                : locations.stream().map(Location::fullPath).collect(Collectors.joining(" | "));
    }

    /** The same source at these locations; the first one names the file, and none left means gone at {@code now}. */
    public SourceFile locatedAt(List<Location> newLocations, Instant now) {
        String name = newLocations.isEmpty() ? fileName : newLocations.get(0).path();
        Optional<Instant> gone = newLocations.isEmpty() ? goneAt.or(() -> Optional.of(now)) : Optional.empty();
        return new SourceFile(name, mediaType, sha256, sizeBytes, pages, charset, extractedAt, newLocations, gone);
    }

    @JsonIgnore
    public boolean isGone() {
        return goneAt.isPresent();
    }
}
