package th.ita.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private final JsonRecordWriter records = new JsonRecordWriter();

    public FilingNotes(Path archiveFolder, Path failedFolder, Clock clock) {
        this.archiveFolder = archiveFolder;
        this.failedFolder = failedFolder;
        this.clock = clock;
    }

    /** Records why {@code relativeName} failed; returns the record written. */
    public FailureRecord recordFailure(String relativeName, Throwable failure) {
        FailureRecord record = FailureRecord.of(relativeName, failure, clock.instant());
        records.writeAtomically(failedFolder.resolve(relativeName + ERROR_SUFFIX), record);
        if (record.wasRefused()) {
            LOG.warn("File [{}] refused with [{}]: {}; moving it to failed/", relativeName, record.reason(), record.message());
        } else {
            LOG.error("File [{}] failed unexpectedly; moving it to failed/", relativeName, failure);
        }
        return record;
    }

    /** Records that {@code incoming}, filed as {@code filedName}, holds the same bytes as a report ingested before. */
    public void recordDuplicate(IncomingFile incoming, String filedName) {
        String firstName = incoming.duplicateOf().orElseThrow(() ->
                new IllegalArgumentException("incoming is not a duplicate: " + incoming.relativeName()));
        records.writeAtomically(archiveFolder.resolve(filedName + DUPLICATE_SUFFIX), Map.of(
                "fileName", incoming.relativeName(),
                "duplicateOf", incoming.sha256(),
                "firstIngestedAs", firstName,
                "notedAt", clock.instant().toString()));
        LOG.info("File [{}] has the same bytes as [{}] (report [{}]); archiving it without processing again",
                incoming.relativeName(), firstName, incoming.sha256());
    }
}
