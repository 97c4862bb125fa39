package th.ita.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.extract.RejectedFileException;
import th.ita.model.ReportJson;

/**
 * Writes the records that explain where a file went: {@code failed/<name>.error.json} for a failure and
 * {@code archive/<name>.duplicate.json} for bytes that were ingested before under another name. The file itself
 * is moved by the route once these are written, so a record never points at a file that is not there yet.
 */
public final class FilingNotes {

    public static final String ERROR_SUFFIX = ".error.json";
    public static final String DUPLICATE_SUFFIX = ".duplicate.json";

    private static final Logger LOG = LoggerFactory.getLogger(FilingNotes.class);

    private final Path archiveFolder;
    private final Path failedFolder;
    private final Clock clock;
    private final ObjectMapper mapper = ReportJson.mapper();

    public FilingNotes(Path archiveFolder, Path failedFolder, Clock clock) {
        this.archiveFolder = archiveFolder;
        this.failedFolder = failedFolder;
        this.clock = clock;
    }

    /** Records why {@code relativeName} failed; returns the record written. */
    public FailureRecord recordFailure(String relativeName, Throwable failure) {
        String reason = failure instanceof RejectedFileException rejected ? rejected.reason().name() : "INTERNAL_ERROR";
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        FailureRecord record = new FailureRecord(relativeName, reason, message, failure.getClass().getName(), clock.instant());
        writeAtomically(failedFolder.resolve(relativeName + ERROR_SUFFIX), record);
        LOG.warn("File [{}] failed with [{}]: {}; moving it to failed/", relativeName, reason, message);
        return record;
    }

    /** Records that {@code incoming} holds the same bytes as a report ingested before. */
    public void recordDuplicate(IncomingFile incoming) {
        String firstName = incoming.duplicateOf().orElseThrow(() ->
                new IllegalArgumentException("incoming is not a duplicate: " + incoming.relativeName()));
        writeAtomically(archiveFolder.resolve(incoming.relativeName() + DUPLICATE_SUFFIX), Map.of(
                "fileName", incoming.relativeName(),
                "duplicateOf", incoming.sha256(),
                "firstIngestedAs", firstName,
                "notedAt", clock.instant().toString()));
        LOG.info("File [{}] has the same bytes as [{}] (report [{}]); archiving it without processing again",
                incoming.relativeName(), firstName, incoming.sha256());
    }

    private void writeAtomically(Path target, Object value) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".note-", ".tmp");
            mapper.writeValue(temp.toFile(), value);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target, e);
        }
    }
}
