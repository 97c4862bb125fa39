package th.ita.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.model.ReportJson;

/**
 * Puts files into the inbox under one batch folder and tells where each has gone. A file is copied under a
 * hidden temporary name and renamed into place, so the inbox never shows half a file; the batch folder keeps
 * names unique, so the file's place in archive/ or failed/ is known in advance.
 */
public final class InboxDrop {

    /** A file placed in the inbox, by its name relative to the inbox. */
    public record Dropped(String relativeName) {
    }

    private final Path home;
    private final String batch;
    private final ObjectMapper mapper = ReportJson.mapper();

    public InboxDrop(Path home, String batch) {
        this.home = home;
        this.batch = batch;
    }

    public Dropped copyIn(Path source, String nameInBatch) {
        String relativeName = batch + "/" + nameInBatch;
        Path target = home.resolve("inbox").resolve(relativeName);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + ".copying");
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + source + " into the inbox", e);
        }
        return new Dropped(relativeName);
    }

    /**
     * Waits until every dropped file is filed, telling {@code onFiled} about each as it happens.
     *
     * @param stallTimeout give up when no file has been filed for this long
     * @return the files still in the inbox when waiting stopped (empty when all were filed)
     */
    public List<Dropped> awaitAll(List<Dropped> dropped, Duration stallTimeout, Consumer<DropOutcome> onFiled)
            throws InterruptedException {
        List<Dropped> pending = new ArrayList<>(dropped);
        long lastFiled = System.nanoTime();
        while (!pending.isEmpty()) {
            for (var it = pending.iterator(); it.hasNext(); ) {
                Optional<DropOutcome> outcome = outcomeOf(it.next());
                if (outcome.isPresent()) {
                    it.remove();
                    lastFiled = System.nanoTime();
                    onFiled.accept(outcome.get());
                }
            }
            if (System.nanoTime() - lastFiled > stallTimeout.toNanos()) {
                break;
            }
            if (!pending.isEmpty()) {
                Thread.sleep(50);
            }
        }
        return List.copyOf(pending);
    }

    /** The outcome once the file has left the inbox, or empty while it is still there. */
    public Optional<DropOutcome> outcomeOf(Dropped dropped) {
        String name = dropped.relativeName();
        Path archived = home.resolve("archive").resolve(name);
        Path failed = home.resolve("failed").resolve(name);
        if (Files.isRegularFile(archived)) {
            Path note = archived.resolveSibling(archived.getFileName() + FilingNotes.DUPLICATE_SUFFIX);
            if (Files.isRegularFile(note)) {
                JsonNode duplicate = read(note);
                return Optional.of(new DropOutcome(DropOutcome.Kind.DUPLICATE, name,
                        duplicate.path("duplicateOf").asText(), duplicate.path("firstIngestedAs").asText()));
            }
            return Optional.of(new DropOutcome(DropOutcome.Kind.ARCHIVED, name, FileIntake.sha256Of(archived), ""));
        }
        if (Files.isRegularFile(failed)) {
            JsonNode error = read(failed.resolveSibling(failed.getFileName() + FilingNotes.ERROR_SUFFIX));
            return Optional.of(new DropOutcome(DropOutcome.Kind.FAILED, name, "",
                    error.path("reason").asText("UNKNOWN") + ": " + error.path("message").asText("(no error record)")));
        }
        Path waiting = home.resolve("needs-ocr").resolve(name);
        if (Files.isRegularFile(waiting)) {
            JsonNode note = read(waiting.resolveSibling(waiting.getFileName() + NeedsOcrShelf.RECORD_SUFFIX));
            return Optional.of(new DropOutcome(DropOutcome.Kind.NEEDS_OCR, name, "", note.path("message").asText("")));
        }
        return Optional.empty();
    }

    private JsonNode read(Path json) {
        try {
            return mapper.readTree(json.toFile());
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }
}
