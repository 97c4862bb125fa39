package th.ita.watch;

import java.nio.file.Path;
import java.util.Optional;

import th.ita.model.SourceFile.Location;

/**
 * One difference between a watched folder and the catalogue, to be applied by the route.
 *
 * @param kind           what must happen
 * @param location       where
 * @param file           the file on disk (gone for {@link Kind#REMOVE})
 * @param sizeBytes      its size when scanned
 * @param modifiedMillis its modification time when scanned
 * @param sha256         its content's hash (empty for {@link Kind#REMOVE} and {@link Kind#UNREADABLE})
 * @param previous       what the catalogue held for this location before
 * @param problem        why it could not be read, for {@link Kind#UNREADABLE}
 * @param movedFrom      for {@link Kind#LOCATE}: the location the same bytes left in the same scan (a rename or
 *                       move), replaced by this one in a single update of the report
 */
public record WatchChange(Kind kind, Location location, Path file, long sizeBytes, long modifiedMillis, String sha256,
                          Optional<CatalogueEntry> previous, Optional<String> problem, Optional<CatalogueEntry> movedFrom) {

    public WatchChange(Kind kind, Location location, Path file, long sizeBytes, long modifiedMillis, String sha256,
                       Optional<CatalogueEntry> previous, Optional<String> problem) {
        this(kind, location, file, sizeBytes, modifiedMillis, sha256, previous, problem, Optional.empty());
    }

    /** This change, also taking {@code from} off the report: the file was renamed or moved. */
    WatchChange movedFrom(CatalogueEntry from) {
        return new WatchChange(kind, location, file, sizeBytes, modifiedMillis, sha256, previous, problem, Optional.of(from));
    }

    public enum Kind {
        /** Content no report has yet: extract, structure and index it. */
        PARSE,
        /** Content a report already has (a rename, a move, a copy, a restart after a crash): add this location to it. */
        LOCATE,
        /** The file is gone: take this location off its report. */
        REMOVE,
        /** The file cannot be read: record a failure and leave it. */
        UNREADABLE
    }

    /** Whether the route must extract the file, the one expensive step. */
    public boolean needsParsing() {
        return kind == Kind.PARSE;
    }

    /** The report this location was listed in before the change, if any. */
    public Optional<String> previousReport() {
        return previous.map(CatalogueEntry::sha256).filter(sha -> !sha.isEmpty());
    }
}
