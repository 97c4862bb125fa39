package th.ita.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.ingest.FileIntake;
import th.ita.model.SourceFile.Location;

/**
 * Compares the watched folders with the catalogue and says what changed: the robust core of watching, because it
 * needs no event to have been seen (the product may have been stopped, a share may not send events). Size and
 * modification time are compared first; a file's bytes are hashed only when they differ, and the hash decides
 * between a new content (parse it) and a known one (a rename, move or copy: add the location to its report).
 *
 * <p>Each scan walks the whole tree with one {@code stat} per file, but returns at most {@code batchSize} changes,
 * so a first scan of many files proceeds in bounded batches and is resumable: what a batch finished is in the
 * catalogue. Within a batch no two changes touch the same report, so they can be applied in parallel; the others
 * wait for the next batch. Removals wait until every addition is applied, so a rename never drops a report from
 * search in between.
 */
public final class TreeReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(TreeReconciler.class);

    private final List<Path> folders;
    private final WatchCatalogue catalogue;
    private final Predicate<String> knownReport;
    private final Set<String> extensions;
    private final Pattern ignored;
    private final long settleMillis;
    private final int batchSize;
    private final Clock clock;

    /**
     * @param folders     the watched folders, absolute
     * @param knownReport whether a report with this id is stored (its content was parsed before)
     * @param extensions  the file extensions read, lower case; other files are not the product's business
     * @param ignored     names never read (lock files, partial downloads)
     * @param settleMillis a file modified more recently than this is left for a later scan (it may be being copied)
     */
    public TreeReconciler(List<Path> folders, WatchCatalogue catalogue, Predicate<String> knownReport,
                          Set<String> extensions, Pattern ignored, long settleMillis, int batchSize, Clock clock) {
        this.folders = List.copyOf(folders);
        this.catalogue = catalogue;
        this.knownReport = knownReport;
        this.extensions = Set.copyOf(extensions);
        this.ignored = ignored;
        this.settleMillis = settleMillis;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /**
     * The outcome of one scan.
     *
     * @param changes    to apply now
     * @param files      files seen in the watched folders
     * @param waiting    changes left for a later scan (the batch was full, a file is still being written, or two
     *                   changes touched one report)
     */
    public record Scan(List<WatchChange> changes, int files, int waiting) {
    }

    public Scan scan() {
        Batch batch = new Batch();
        List<Runnable> removals = new ArrayList<>();
        for (Path folder : folders) {
            scanFolder(folder, batch).ifPresent(seen -> removals.add(() -> findRemovals(folder.toString(), seen, batch)));
        }
        // after every folder, so a file moved from one watched folder to another is found before it is missed
        removals.forEach(Runnable::run);
        return new Scan(List.copyOf(batch.changes), batch.files, batch.waiting);
    }

    /** Compares one folder's files; returns the locations seen when the whole tree could be listed. */
    private Optional<Set<Location>> scanFolder(Path folder, Batch batch) {
        if (!Files.isDirectory(folder)) {
            // an unmounted share must not look like every file deleted
            LOG.warn("Watched folder [{}] is missing or not a folder; its files are left as they were", folder);
            return Optional.empty();
        }
        Set<Location> seen = new HashSet<>();
        boolean[] complete = {true};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isRead(file)) {
                        Location location = new Location(folder.toString(), relativePath(folder, file));
                        seen.add(location);
                        batch.files++;
                        compare(file, location, attrs, batch);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    // an unreadable sub-folder: what the catalogue holds under it is neither confirmed nor removed
                    LOG.warn("Cannot list [{}] in a watched folder: [{}]", file, failure.toString());
                    complete[0] = false;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan watched folder " + folder, e);
        }
        return complete[0] ? Optional.of(seen) : Optional.empty();
    }

    private void compare(Path file, Location location, BasicFileAttributes attrs, Batch batch) {
        Optional<CatalogueEntry> previous = catalogue.get(location);
        long size = attrs.size();
        long modified = attrs.lastModifiedTime().toMillis();
        if (previous.isPresent() && previous.get().sizeBytes() == size && previous.get().modifiedMillis() == modified) {
            return;
        }
        if (batch.isFull() || clock.millis() - modified < settleMillis) {
            batch.waiting++;
            return;
        }
        String sha256;
        try {
            sha256 = FileIntake.sha256Of(file);
        } catch (UncheckedIOException unreadable) {
            batch.add(new WatchChange(WatchChange.Kind.UNREADABLE, location, file, size, modified, "", previous,
                    Optional.of(unreadable.getCause().toString())));
            return;
        }
        if (previous.isPresent() && previous.get().sha256().equals(sha256)
                && previous.get().state() == CatalogueEntry.State.INDEXED) {
            // touched, or copied over with the same bytes: nothing to redo
            catalogue.put(new CatalogueEntry(location.folder(), location.path(), size, modified, sha256,
                    CatalogueEntry.State.INDEXED, Optional.empty()));
            return;
        }
        WatchChange.Kind kind = knownReport.test(sha256) ? WatchChange.Kind.LOCATE : WatchChange.Kind.PARSE;
        batch.claim(new WatchChange(kind, location, file, size, modified, sha256, previous, Optional.empty()));
    }

    private void findRemovals(String folder, Set<Location> seen, Batch batch) {
        for (CatalogueEntry entry : catalogue.entries()) {
            if (entry.folder().equals(folder) && !seen.contains(entry.location())) {
                if (batch.pairWithArrival(entry)) {
                    continue;
                }
                if (batch.waiting > 0 || batch.isFull()) {
                    batch.waiting++;
                } else {
                    batch.claim(new WatchChange(WatchChange.Kind.REMOVE, entry.location(),
                            Path.of(entry.location().fullPath()), entry.sizeBytes(), entry.modifiedMillis(), "",
                            Optional.of(entry), Optional.empty()));
                }
            }
        }
    }

    private boolean isRead(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !isHidden(file) && dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                && !ignored.matcher(name).matches();
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static String relativePath(Path folder, Path file) {
        return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** The changes of one scan, at most one per report, so they can be applied in parallel. */
    private final class Batch {
        final List<WatchChange> changes = new ArrayList<>();
        final Set<String> reports = new HashSet<>();
        int files;
        int waiting;

        boolean isFull() {
            return changes.size() >= batchSize;
        }

        void add(WatchChange change) {
            changes.add(change);
        }

        void claim(WatchChange change) {
            Set<String> touched = new HashSet<>();
            if (!change.sha256().isEmpty()) {
                touched.add(change.sha256());
            }
            change.previousReport().ifPresent(touched::add);
            if (touched.stream().anyMatch(reports::contains)) {
                waiting++;
                return;
            }
            reports.addAll(touched);
            changes.add(change);
        }

        /**
         * Turns a new location of the same bytes found in this scan into a move from {@code gone}, so a rename is
         * one update of its report; false when there is none.
         */
        boolean pairWithArrival(CatalogueEntry gone) {
            if (gone.sha256().isEmpty() || gone.state() != CatalogueEntry.State.INDEXED) {
                return false;
            }
            for (int i = 0; i < changes.size(); i++) {
                WatchChange arrival = changes.get(i);
                if (arrival.kind() == WatchChange.Kind.LOCATE && arrival.sha256().equals(gone.sha256())
                        && arrival.movedFrom().isEmpty() && arrival.previousReport().isEmpty()) {
                    changes.set(i, arrival.movedFrom(gone));
                    return true;
                }
            }
            return false;
        }
    }
}
