package th.ita.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.extract.ocr.OcrUnavailableException;

/**
 * The {@code needs-ocr/} folder: scans that arrived while OCR was not installed wait there, each beside a
 * {@code <name>.needs-ocr.json} saying why, instead of failing. Once OCR is available they are moved back into
 * the inbox and ingested like any other file ({@code ita ocr-retry}, or the pipeline on start).
 */
public final class NeedsOcrShelf {

    public static final String RECORD_SUFFIX = ".needs-ocr.json";

    private static final Logger LOG = LoggerFactory.getLogger(NeedsOcrShelf.class);

    private final Path shelf;
    private final Path inbox;
    private final Clock clock;
    private final JsonRecordWriter records = new JsonRecordWriter();

    public NeedsOcrShelf(Path shelf, Path inbox, Clock clock) {
        this.shelf = shelf;
        this.inbox = inbox;
        this.clock = clock;
    }

    public Path folder() {
        return shelf;
    }

    /** Writes why {@code relativeName} waits; the route then moves the file itself beside the record. */
    public void shelve(String relativeName, Throwable failure) {
        String reason = reasonOf(failure);
        records.writeAtomically(shelf.resolve(relativeName + RECORD_SUFFIX), Map.of(
                "fileName", relativeName,
                "reason", "OCR_UNAVAILABLE",
                "message", reason,
                "shelvedAt", clock.instant().toString()));
        LOG.warn("File [{}] needs OCR, which is not available ({}); it waits in needs-ocr/ until `ita ocr-retry`",
                relativeName, reason);
    }

    /** The files waiting, by their path relative to the shelf. */
    public List<String> waiting() {
        if (!Files.isDirectory(shelf)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(shelf)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(RECORD_SUFFIX))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .map(f -> shelf.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + shelf, e);
        }
    }

    /**
     * Moves every waiting file back into the inbox under its own name and removes its record.
     *
     * @return the names moved
     */
    public List<String> returnToInbox() {
        List<String> moved = new ArrayList<>();
        for (String name : waiting()) {
            Path source = shelf.resolve(name);
            Path target = inbox.resolve(name);
            try {
                Files.createDirectories(target.getParent());
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(shelf.resolve(name + RECORD_SUFFIX));
                moved.add(name);
            } catch (IOException e) {
                LOG.warn("Could not move [{}] back into the inbox: [{}]; it stays in needs-ocr/", name, e.toString());
            }
        }
        if (!moved.isEmpty()) {
            LOG.info("Moved [{}] files from [{}] back into the inbox", moved.size(), shelf);
        }
        return List.copyOf(moved);
    }

    private static String reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OcrUnavailableException unavailable) {
                return unavailable.reason();
            }
        }
        return String.valueOf(failure.getMessage());
    }
}
