package th.ita.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.index.ReportIndexer;
import th.ita.ingest.FailureRecord;
import th.ita.ingest.IncomingFile;
import th.ita.model.SourceFile.Location;

/**
 * What the watch route calls: the next changes to apply, and the bookkeeping after each. Files in the watched
 * folders are only ever read. A scan runs when a file event arrived, when the last scan left changes for later, or
 * every {@code rescanMillis} in any case (events are not sent by every file system).
 */
public final class WatchedFolders implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(WatchedFolders.class);

    private final WatchSettings settings;
    private final WatchCatalogue catalogue;
    private final TreeReconciler reconciler;
    private final ReportLocations locations;
    private final FolderEvents events;
    private final Clock clock;
    private long lastScanMillis;

    public WatchedFolders(WatchSettings settings, WatchCatalogue catalogue, TreeReconciler reconciler,
                          Path reports, ReportIndexer indexer, Clock clock) throws IOException {
        this.settings = settings;
        this.catalogue = catalogue;
        this.reconciler = reconciler;
        this.locations = new ReportLocations(reports, indexer, clock);
        this.events = new FolderEvents(settings.folders());
        this.clock = clock;
    }

    /** The changes to apply now; empty when nothing changed. At most one change per report, so they may run in parallel. */
    public List<WatchChange> nextChanges() {
        boolean due = clock.millis() - lastScanMillis >= settings.rescanMillis();
        if (settings.folders().isEmpty() || !(events.takeChanged() || due)) {
            return List.of();
        }
        lastScanMillis = clock.millis();
        TreeReconciler.Scan scan = reconciler.scan();
        if (scan.waiting() > 0) {
            events.markChanged();
        }
        if (!scan.changes().isEmpty() || scan.waiting() > 0) {
            LOG.info("Watched folders: [{}] files, [{}] changes now, [{}] waiting for the next batch",
                    scan.files(), scan.changes().size(), scan.waiting());
        }
        return scan.changes();
    }

    /** The changed file as the extraction stages take it. */
    public IncomingFile incoming(WatchChange change) {
        return new IncomingFile(change.file(), change.location().path(), change.sha256(), change.sizeBytes(), Optional.empty());
    }

    /** Applies a change that needs no extraction: a known content found at a location, a file gone or unreadable. */
    public void apply(WatchChange change) {
        switch (change.kind()) {
            case LOCATE -> {
                if (change.movedFrom().isPresent()) {
                    CatalogueEntry from = change.movedFrom().get();
                    locations.move(change.sha256(), from.location(), change.location());
                    located(change);
                    catalogue.remove(from);
                    LOG.info("Watched file [{}] moved to [{}]; report [{}] follows it without parsing",
                            from.location().fullPath(), change.location().fullPath(), change.sha256());
                } else {
                    locations.attach(change.sha256(), change.location());
                    located(change);
                    LOG.info("Watched file [{}] has the bytes of report [{}]; listed there without parsing",
                            change.location().fullPath(), change.sha256());
                }
            }
            case REMOVE -> {
                change.previousReport().ifPresent(report -> locations.detach(report, change.location()));
                change.previous().ifPresent(catalogue::remove);
                LOG.info("Watched file [{}] is gone; taken off report [{}]", change.location().fullPath(),
                        change.previousReport().orElse("-"));
            }
            case UNREADABLE -> {
                // the location stays on its report: the bytes are probably what they were, only unreadable now
                fail(change, change.previousReport().orElse(""),
                        new CatalogueEntry.WatchFailure("UNREADABLE", change.problem().orElse("cannot be read"), clock.instant()));
            }
            case PARSE -> throw new IllegalArgumentException("a change to parse goes through extraction: " + change);
        }
    }

    /** After the route indexed a newly parsed file: the catalogue records it, and an edited file leaves its old report. */
    public void parsed(WatchChange change) {
        located(change);
        LOG.info("Parsed watched file [{}] as report [{}]", change.location().fullPath(), change.sha256());
    }

    /** The route could not ingest the file: it stays where it is, the failure is recorded, and it is tried when it changes. */
    public void failed(WatchChange change, Throwable failure) {
        FailureRecord record = FailureRecord.of(change.location().path(), failure, clock.instant());
        detachPrevious(change);
        fail(change, "", new CatalogueEntry.WatchFailure(record.reason(), record.message(), record.failedAt()));
        if (record.wasRefused()) {
            LOG.warn("Watched file [{}] refused with [{}]: {}; left in place", change.location().fullPath(),
                    record.reason(), record.message());
        } else {
            LOG.error("Watched file [{}] failed unexpectedly; left in place", change.location().fullPath(), failure);
        }
    }

    private void located(WatchChange change) {
        detachPrevious(change);
        Location location = change.location();
        catalogue.put(new CatalogueEntry(location.folder(), location.path(), change.sizeBytes(), change.modifiedMillis(),
                change.sha256(), CatalogueEntry.State.INDEXED, Optional.empty()));
    }

    private void detachPrevious(WatchChange change) {
        change.previousReport().filter(previous -> !previous.equals(change.sha256()))
                .ifPresent(previous -> locations.detach(previous, change.location()));
    }

    private void fail(WatchChange change, String report, CatalogueEntry.WatchFailure failure) {
        Location location = change.location();
        catalogue.put(new CatalogueEntry(location.folder(), location.path(), change.sizeBytes(), change.modifiedMillis(),
                report, CatalogueEntry.State.FAILED, Optional.of(failure)));
        if (change.kind() == WatchChange.Kind.UNREADABLE) {
            LOG.warn("Watched file [{}] cannot be read ({}); left in place, tried again when it changes",
                    location.fullPath(), failure.message());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            events.close();
        } finally {
            catalogue.close();
        }
    }
}
