package th.ita.ingest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file picked up from the inbox, identified by its bytes.
 *
 * @param path          where it is now
 * @param relativeName  its path relative to the inbox, as dropped
 * @param sha256        hex SHA-256 of its bytes: the report id
 * @param sizeBytes     its size
 * @param duplicateOf   the name it was first ingested under, when the same bytes were ingested before
 */
public record IncomingFile(Path path, String relativeName, String sha256, long sizeBytes, Optional<String> duplicateOf) {

    public boolean isDuplicate() {
        return duplicateOf.isPresent();
    }
}
