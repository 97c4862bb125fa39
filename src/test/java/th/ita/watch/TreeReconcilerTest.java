package th.ita.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.model.SourceFile.Location;

/** The reconciling scan on a real folder: what it reports for each kind of change, applied to its catalogue. */
class TreeReconcilerTest {

    @TempDir
    Path temp;
    private Path folder;
    private WatchCatalogue catalogue;
    /** Report ids "parsed" so far: what reports/ would hold. */
    private final Set<String> parsed = new HashSet<>();

    @BeforeEach
    void openCatalogue() throws IOException {
        folder = Files.createDirectories(temp.resolve("watched"));
        catalogue = WatchCatalogue.open(temp.resolve("state/catalogue.jsonl"));
    }

    @AfterEach
    void closeCatalogue() throws IOException {
        catalogue.close();
    }

    @Test
    void aNewFileIsParsedAndAnUnchangedOneIsNotReadAgain() throws IOException {
        write("a.txt", "one");
        assertThat(kinds(applyScan(3))).containsExactly(WatchChange.Kind.PARSE);
        assertThat(applyScan(3)).isEmpty();
    }

    @Test
    void aRenamedFileIsOneMoveOfItsReportWithoutParsing() throws IOException {
        write("a.txt", "one");
        applyScan(3);
        Files.createDirectories(folder.resolve("sub"));
        Files.move(folder.resolve("a.txt"), folder.resolve("sub/b.txt"));
        List<WatchChange> changes = applyScan(3);
        assertThat(kinds(changes)).containsExactly(WatchChange.Kind.LOCATE);
        assertThat(changes.get(0).movedFrom().map(CatalogueEntry::path)).contains("a.txt");
        assertThat(catalogue.entries()).extracting(CatalogueEntry::path).containsExactly("sub/b.txt");
    }

    @Test
    void anEditedFileIsParsedAgainAndKnowsWhichReportItLeaves() throws IOException {
        String first = write("a.txt", "one");
        applyScan(3);
        write("a.txt", "two, longer");
        List<WatchChange> changes = applyScan(3);
        assertThat(kinds(changes)).containsExactly(WatchChange.Kind.PARSE);
        assertThat(changes.get(0).previousReport()).contains(first);
    }

    @Test
    void aDeletedFileIsRemovedAndACopyIsLocatedNotParsed() throws IOException {
        write("a.txt", "one");
        applyScan(3);
        Files.copy(folder.resolve("a.txt"), folder.resolve("copy.txt"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(kinds(applyScan(3))).containsExactly(WatchChange.Kind.LOCATE);
        Files.delete(folder.resolve("copy.txt"));
        Files.delete(folder.resolve("a.txt"));
        // both locations belong to one report: one removal per scan, so they never race on it
        assertThat(kinds(applyScan(3))).containsExactly(WatchChange.Kind.REMOVE);
        assertThat(kinds(applyScan(3))).containsExactly(WatchChange.Kind.REMOVE);
        assertThat(catalogue.entries()).isEmpty();
    }

    @Test
    void aFirstScanProceedsInBatchesAndRemovesNothingUntilEveryArrivalIsApplied() throws IOException {
        for (int i = 0; i < 7; i++) {
            write("f" + i + ".txt", "file " + i);
        }
        assertThat(applyScan(3)).hasSize(3);
        assertThat(applyScan(3)).hasSize(3);
        assertThat(applyScan(3)).hasSize(1);
        assertThat(applyScan(3)).isEmpty();
        assertThat(catalogue.entries()).hasSize(7);
    }

    @Test
    void aFileStillBeingWrittenWaitsForTheNextScan() throws IOException {
        Path file = folder.resolve("a.txt");
        Files.writeString(file, "being copied", StandardCharsets.UTF_8);
        TreeReconciler reconciler = reconciler(3, Clock.fixed(Files.getLastModifiedTime(file).toInstant(), java.time.ZoneOffset.UTC));
        TreeReconciler.Scan scan = reconciler.scan();
        assertThat(scan.changes()).isEmpty();
        assertThat(scan.waiting()).isEqualTo(1);
    }

    @Test
    void aMissingWatchedFolderRemovesNothing() throws IOException {
        write("a.txt", "one");
        applyScan(3);
        Files.move(folder, temp.resolve("unmounted"));
        assertThat(applyScan(3)).isEmpty();
        assertThat(catalogue.entries()).hasSize(1);
    }

    /** Scans, then records each change in the catalogue as the route's beans would. */
    private List<WatchChange> applyScan(int batchSize) {
        List<WatchChange> changes = reconciler(batchSize, Clock.systemUTC()).scan().changes();
        for (WatchChange change : changes) {
            Location location = change.location();
            switch (change.kind()) {
                case PARSE, LOCATE -> {
                    parsed.add(change.sha256());
                    change.movedFrom().ifPresent(catalogue::remove);
                    catalogue.put(new CatalogueEntry(location.folder(), location.path(), change.sizeBytes(),
                            change.modifiedMillis(), change.sha256(), CatalogueEntry.State.INDEXED, Optional.empty()));
                }
                case REMOVE -> change.previous().ifPresent(catalogue::remove);
                case UNREADABLE -> throw new AssertionError("every test file is readable: " + change);
            }
        }
        return changes;
    }

    private TreeReconciler reconciler(int batchSize, Clock clock) {
        return new TreeReconciler(List.of(folder), catalogue, parsed::contains, Set.of("txt"),
                Pattern.compile("~\\$.*"), 500, batchSize, clock);
    }

    /** Writes a file dated a minute ago (settled), a second later than any earlier version, and returns its hash. */
    private String write(String relative, String text) throws IOException {
        Path file = folder.resolve(relative);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60).plusMillis(parsed.size() * 1000L)));
        return th.ita.ingest.FileIntake.sha256Of(file);
    }

    private static List<WatchChange.Kind> kinds(List<WatchChange> changes) {
        return changes.stream().map(WatchChange::kind).toList();
    }
}
