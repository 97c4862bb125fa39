package th.ita.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.home.HomeLayout;
import th.ita.model.ReportJson;

/**
 * Puts files into the inbox under the person's own relative names and tells where each has gone. A file is
 * copied under a hidden temporary name and renamed into place, so the inbox never shows half a file. Where a
 * file ends up is found by its name and bytes: the pipeline files it under its own name, or under a numbered
 * variant ("report (2).pdf") when that name is taken, so the variant holding the same bytes is the one.
 */
public final class InboxDrop {

    /**
     * A file placed in the inbox.
     *
     * @param relativeName its name relative to the inbox, as the person gave it
     * @param sha256       its bytes' digest, which tells it apart from an earlier file of the same name
     * @param size         its length in bytes
     */
    public record Dropped(String relativeName, String sha256, long size) {
    }

    private final HomeLayout home;
    private final ObjectMapper mapper = ReportJson.mapper();
    /** Folders this drop created in the inbox, removed again once empty. */
    private final Set<Path> createdFolders = new LinkedHashSet<>();

    public InboxDrop(HomeLayout home) {
        this.home = home;
    }

    public Dropped copyIn(Path source, String relativeName) {
        String name = freeInboxName(relativeName);
        Path target = home.inbox().resolve(name);
        try {
            createFolders(target.getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + ".copying");
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            Dropped dropped = new Dropped(name, FileIntake.sha256Of(temp), Files.size(temp));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return dropped;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + source + " into the inbox", e);
        }
    }

    /** A name waiting in the inbox already belongs to another file: this one gets a numbered variant. */
    private String freeInboxName(String relativeName) {
        for (String candidate : FilingNames.variants(relativeName)) {
            if (!Files.exists(home.inbox().resolve(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: variants never end");
    }

    private void createFolders(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path f = folder; f != null && f.startsWith(home.inbox()) && !Files.exists(f); f = f.getParent()) {
            missing.add(f);
        }
        Files.createDirectories(folder);
        createdFolders.addAll(missing);
    }

    /** Removes the folders this drop created in the inbox that are empty now; the deepest go first. */
    public void removeEmptyFolders() {
        List<Path> deepestFirst = new ArrayList<>(createdFolders);
        deepestFirst.sort((a, b) -> b.getNameCount() - a.getNameCount());
        for (Path folder : deepestFirst) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            } catch (IOException e) {
                // not empty, or gone: either way nothing to tidy
            }
        }
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

    /** The outcome once the file has left the inbox, or empty while it is still there (or was put back). */
    public Optional<DropOutcome> outcomeOf(Dropped dropped) {
        String name = dropped.relativeName();
        if (Files.exists(home.inbox().resolve(name))) {
            return Optional.empty();
        }
        Optional<Path> filed = filedAs(dropped);
        if (filed.isEmpty()) {
            return Optional.empty();
        }
        Path file = filed.get();
        if (file.startsWith(home.archive())) {
            Path note = sibling(file, FilingNotes.DUPLICATE_SUFFIX);
            if (Files.isRegularFile(note)) {
                JsonNode duplicate = read(note);
                return Optional.of(new DropOutcome(DropOutcome.Kind.DUPLICATE, name,
                        duplicate.path("duplicateOf").asText(), duplicate.path("firstIngestedAs").asText()));
            }
            return Optional.of(new DropOutcome(DropOutcome.Kind.ARCHIVED, name, dropped.sha256(),
                    ReportSummary.of(read(home.reportStore().pathOf(dropped.sha256())))));
        }
        if (file.startsWith(home.failed())) {
            JsonNode error = read(sibling(file, FilingNotes.ERROR_SUFFIX));
            return Optional.of(new DropOutcome(DropOutcome.Kind.FAILED, name, "",
                    error.path("reason").asText("UNKNOWN") + ": " + error.path("message").asText("(no error record)")));
        }
        JsonNode note = read(sibling(file, NeedsOcrShelf.RECORD_SUFFIX));
        return Optional.of(new DropOutcome(DropOutcome.Kind.NEEDS_OCR, name, "", note.path("message").asText("")));
    }

    /**
     * Where the pipeline filed the dropped bytes: the last numbered variant of the name, in archive/, failed/ or
     * needs-ocr/, that holds them. Variants are taken in order across the three folders, so the first name
     * free in all three ends the search.
     */
    private Optional<Path> filedAs(Dropped dropped) {
        List<Path> folders = List.of(home.archive(), home.failed(), home.needsOcr());
        Optional<Path> found = Optional.empty();
        for (String candidate : FilingNames.variants(dropped.relativeName())) {
            boolean taken = false;
            for (Path folder : folders) {
                Path file = folder.resolve(candidate);
                taken |= Files.exists(file) || Files.exists(sibling(file, FilingNotes.ERROR_SUFFIX));
                if (sameBytes(file, dropped)) {
                    found = Optional.of(file);
                }
            }
            if (!taken) {
                return found;
            }
        }
        return found;
    }

    private static boolean sameBytes(Path file, Dropped dropped) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == dropped.size()
                    && FileIntake.sha256Of(file).equals(dropped.sha256());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private JsonNode read(Path json) {
        try {
            return mapper.readTree(json.toFile());
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }
}
