package th.ita.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.model.Report;
import th.ita.model.ReportJson;

/**
 * Writes reports into the Lucene index under {@code <home>/index}. Thread-safe. {@link #index} replaces a report's
 * documents atomically; changes are committed in batches every {@code commitInterval} and the near-real-time reader
 * is refreshed after each batch, so another process sees a new report within about that interval. The interval is a
 * parameter: the route passes {@code ita.index.commit-interval-ms}, and the factory methods without one use
 * {@link #DEFAULT_COMMIT_INTERVAL} (one second). A crash loses at most the last batch, and
 * {@link #open(Path, Path)} replays it from the JSON store.
 */
public final class ReportIndexer implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportIndexer.class);

    /** Commit user data: when the commit started, and the layout it was written with. */
    static final String COMMITTED_AT = "committedAtMillis";
    static final String LAYOUT = "layoutVersion";
    /**
     * JSON files this much older than the last commit are replayed too: the route writes the JSON before it calls
     * {@link #index}, and a slow step between the two must not leave a report outside both the commit and the replay.
     */
    static final Duration REPLAY_MARGIN = Duration.ofMinutes(1);
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(1);

    private static final ObjectMapper JSON = ReportJson.mapper();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReportDocuments documents = new ReportDocuments();
    private final ScheduledExecutorService committer;
    private final Object commitLock = new Object();

    private ReportIndexer(Path indexDir, WordSegmenter segmenter, Duration commitInterval) throws IOException {
        Files.createDirectories(indexDir);
        this.directory = FSDirectory.open(indexDir);
        IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer(segmenter))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException(indexDir, e);
        }
        this.searchers = new SearcherManager(writer, null);
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ita-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        long millis = commitInterval.toMillis();
        committer.scheduleWithFixedDelay(this::commitQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Whether another process holds the index's write lock right now (normally a running {@code ita run}). */
    public static boolean isInUse(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(indexDir);
             var lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return false;
        } catch (LockObtainFailedException held) {
            return true;
        }
    }

    /** Opens (or creates) the index without looking at the JSON store. */
    public static ReportIndexer open(Path indexDir) throws IOException {
        return new ReportIndexer(indexDir, WordSegmenter.ICU, DEFAULT_COMMIT_INTERVAL);
    }

    /** Opens with a chosen segmenter and commit interval: for measurements and bulk loads. */
    public static ReportIndexer open(Path indexDir, WordSegmenter segmenter, Duration commitInterval) throws IOException {
        return new ReportIndexer(indexDir, segmenter, commitInterval);
    }

    /**
     * Opens the index and brings it level with the JSON store: everything is replayed when the index is new or
     * was written with another layout, otherwise JSON files written since the last commit (less
     * {@link #REPLAY_MARGIN}), which is what a crash can have lost, and any whose report id is not in the index,
     * which is what a failed {@link #index} left out.
     */
    public static ReportIndexer open(Path indexDir, Path reportsDir) throws IOException {
        return open(indexDir, reportsDir, DEFAULT_COMMIT_INTERVAL);
    }

    /** As {@link #open(Path, Path)}, committing every {@code commitInterval}. */
    public static ReportIndexer open(Path indexDir, Path reportsDir, Duration commitInterval) throws IOException {
        ReportIndexer indexer = open(indexDir, WordSegmenter.ICU, commitInterval);
        try {
            indexer.catchUpWith(reportsDir);
        } catch (IOException | RuntimeException e) {
            indexer.close();
            throw e;
        }
        return indexer;
    }

    /** Replaces the report's documents (all of them, atomically) with ones made from this report. */
    public void index(Report report) {
        try {
            writer.updateDocuments(new Term(IndexFields.REPORT_ID, report.id()), documents.of(report));
            documents.gaps(report).forEach(gap -> LOG.info("Report [{}] indexed with a gap: [{}] {}",
                    report.id(), gap.code(), gap.message()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index report " + report.id(), e);
        }
    }

    /** Removes a report's documents; a no-op when it was never indexed. */
    public void delete(String reportId) {
        try {
            writer.deleteDocuments(new Term(IndexFields.REPORT_ID, reportId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete report " + reportId, e);
        }
    }

    /**
     * Re-indexes every {@code *.json} in the store and drops reports whose JSON is gone, leaving the index
     * searchable throughout (no delete-all). Used by {@code ita reindex} and on first open.
     */
    public ReplaySummary replayFrom(Path reportsDir, Consumer<ReplayProgress> progress) throws IOException {
        List<Path> files = jsonFiles(reportsDir);
        Set<String> seen = new HashSet<>();
        List<String> unreadable = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            readAndIndex(file, unreadable).ifPresent(seen::add);
            progress.accept(new ReplayProgress(++done, files.size()));
        }
        int removed = removeReportsOtherThan(seen, unreadable);
        commit();
        LOG.info("Replayed [{}] reports from [{}], removed [{}], [{}] unreadable", seen.size(), reportsDir, removed,
                unreadable.size());
        return new ReplaySummary(seen.size(), removed, List.copyOf(unreadable));
    }

    /** Commits now and refreshes the near-real-time reader; normally the scheduled batch does this. */
    public void commit() throws IOException {
        synchronized (commitLock) {
            if (writer.hasUncommittedChanges() || lastCommitData().get(LAYOUT) == null) {
                writer.setLiveCommitData(Map.of(
                        COMMITTED_AT, Long.toString(System.currentTimeMillis()),
                        LAYOUT, IndexFields.LAYOUT_VERSION).entrySet());
                writer.commit();
            }
            searchers.maybeRefresh();
        }
    }

    /** The near-real-time searcher source, for a {@code ReportSearcher} in the same process. */
    public SearcherManager searcherManager() {
        return searchers;
    }

    @Override
    public void close() throws IOException {
        committer.shutdown();
        try {
            committer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            commit();
        } finally {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    private void catchUpWith(Path reportsDir) throws IOException {
        Map<String, String> last = lastCommitData();
        if (!IndexFields.LAYOUT_VERSION.equals(last.get(LAYOUT))) {
            LOG.info("Index at [{}] is new or has another layout; replaying all of [{}]", directory, reportsDir);
            replayFrom(reportsDir, progress -> { });
            return;
        }
        long since = Long.parseLong(last.getOrDefault(COMMITTED_AT, "0")) - REPLAY_MARGIN.toMillis();
        // A report whose indexing failed (an exception in index, the process stopped between JSON and index) has
        // an old JSON but no documents: its id being absent is what finds it.
        Set<String> indexed = indexedReportIds();
        List<Path> missed = jsonFiles(reportsDir).stream()
                .filter(file -> modifiedAfter(file, since) || !indexed.contains(reportIdOf(file)))
                .toList();
        List<String> unreadable = new ArrayList<>();
        missed.forEach(file -> readAndIndex(file, unreadable));
        commit();
        if (!missed.isEmpty()) {
            LOG.info("Replayed [{}] reports written since the last commit or missing from the index, [{}] unreadable",
                    missed.size(), unreadable.size());
        }
    }

    /** The store names each file {@code <reportId>.json}. */
    private static String reportIdOf(Path json) {
        String name = json.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private Set<String> indexedReportIds() throws IOException {
        Set<String> ids = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Terms terms = MultiTerms.getTerms(reader, IndexFields.REPORT_ID);
            if (terms != null) {
                TermsEnum each = terms.iterator();
                for (BytesRef id = each.next(); id != null; id = each.next()) {
                    ids.add(id.utf8ToString());
                }
            }
        }
        return ids;
    }

    private Optional<String> readAndIndex(Path file, List<String> unreadable) {
        try {
            Report report = JSON.readValue(file.toFile(), Report.class);
            index(report);
            return Optional.of(report.id());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Skipping unreadable report JSON [{}]: [{}]", file, e.toString());
            unreadable.add(file.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private int removeReportsOtherThan(Set<String> keep, List<String> unreadable) throws IOException {
        if (!unreadable.isEmpty()) {
            // An unreadable file may be a report we still hold; keeping a stale entry beats losing a live one.
            return 0;
        }
        int removed = 0;
        for (String id : indexedReportIds()) {
            if (!keep.contains(id)) {
                writer.deleteDocuments(new Term(IndexFields.REPORT_ID, id));
                removed++;
            }
        }
        return removed;
    }

    private Map<String, String> lastCommitData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        return data;
    }

    private static List<Path> jsonFiles(Path reportsDir) throws IOException {
        if (!Files.isDirectory(reportsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(reportsDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    private static boolean modifiedAfter(Path file, long millis) {
        try {
            return Files.getLastModifiedTime(file).toMillis() >= millis;
        } catch (IOException e) {
            return true;
        }
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            // The next batch retries; the JSON store still holds every report for a replay.
            LOG.error("Index commit failed; retrying with the next batch: [{}]", e.toString());
        }
    }
}
