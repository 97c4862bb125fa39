package th.ita.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a report came from.
 *
 * @param fileName    path relative to the inbox, as dropped
 * @param mediaType   detected media type, e.g. {@code application/pdf}
 * @param sha256      hex SHA-256 of the file's bytes; also the report id
 * @param sizeBytes   file size
 * @param pages       page count when the format has pages
 * @param charset     decoded charset for text formats
 * @param extractedAt when the text was extracted
 */
public record SourceFile(
        String fileName,
        String mediaType,
        String sha256,
        long sizeBytes,
        OptionalInt pages,
        Optional<String> charset,
        Instant extractedAt) {
}
