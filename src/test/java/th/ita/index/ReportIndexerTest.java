package th.ita.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.model.Report;

class ReportIndexerTest {

    /** Far above the one-second batch, so a slow machine does not fail the test: it checks visibility, not speed. */
    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path home;

    @Test
    void aReportBecomesOneDocumentPlusOnePerMeasureAndIndicator() throws IOException {
        try (ReportIndexer indexer = ReportIndexer.open(index())) {
            indexer.index(ReportFixtures.report(ReportFixtures.NONGSANO_2565));
            indexer.index(ReportFixtures.report(ReportFixtures.WANGMAPRANG_2564));
        }
        assertThat(committedCount(IndexFields.KIND, "report")).isEqualTo(2);
        assertThat(committedCount(IndexFields.KIND, "measure")).isEqualTo(8);
        assertThat(committedCount(IndexFields.KIND, "indicator")).isEqualTo(9);
    }

    @Test
    void indexingAReportAgainReplacesItsDocuments() throws IOException {
        Report report = ReportFixtures.report(ReportFixtures.NONGSANO_2565);
        try (ReportIndexer indexer = ReportIndexer.open(index())) {
            indexer.index(report);
            indexer.index(report);
        }
        assertThat(committedCount(IndexFields.REPORT_ID, report.id())).isEqualTo(9);
    }

    @Test
    void aBatchIsCommittedForOtherProcessesWithoutClosingTheIndexer() throws Exception {
        Report report = ReportFixtures.report(ReportFixtures.WANGMAPRANG_2564);
        try (ReportIndexer indexer = ReportIndexer.open(index())) {
            indexer.index(report);
            awaitCommitted(report.id(), VISIBILITY_TIMEOUT);
        }
    }

    @Test
    void openingReplaysReportsWrittenToTheStoreButNeverIndexed() throws IOException {
        Path reports = home.resolve("reports");
        Report indexed = ReportFixtures.report(ReportFixtures.NONGSANO_2565);
        try (ReportIndexer indexer = ReportIndexer.open(index(), reports)) {
            indexer.index(indexed);
        }
        // As if the route wrote these JSON files and the process died before it indexed them.
        ReportFixtures.writeStore(reports, List.of(ReportFixtures.WANGMAPRANG_2564, ReportFixtures.WANGMAPRANG_2565_LINE_WRAPS));
        // No batch commits within the test: only the replay in open can make them visible.
        try (ReportIndexer indexer = ReportIndexer.open(index(), reports, Duration.ofHours(1))) {
            assertThat(committedCount(IndexFields.REPORT_ID, id(ReportFixtures.WANGMAPRANG_2564))).isPositive();
            assertThat(committedCount(IndexFields.REPORT_ID, id(ReportFixtures.WANGMAPRANG_2565_LINE_WRAPS))).isPositive();
            assertThat(committedCount(IndexFields.REPORT_ID, indexed.id())).isPositive();
        }
    }

    @Test
    void aReportMissingFromTheIndexIsIndexedOnTheNextStartHoweverOldItsJson() throws IOException {
        Path reports = home.resolve("reports");
        try (ReportIndexer indexer = ReportIndexer.open(index(), reports)) {
            indexer.commit();
        }
        // Written long before the last commit, and its indexing failed then: the modification time alone would skip it.
        ReportFixtures.writeStore(reports, List.of(ReportFixtures.WANGMAPRANG_2564));
        Path json = reports.resolve(id(ReportFixtures.WANGMAPRANG_2564) + ".json");
        Files.setLastModifiedTime(json, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        try (ReportIndexer indexer = ReportIndexer.open(index(), reports, Duration.ofHours(1))) {
            assertThat(committedCount(IndexFields.REPORT_ID, id(ReportFixtures.WANGMAPRANG_2564))).isPositive();
        }
    }

    @Test
    void aFullReplayDropsReportsWhoseJsonIsGoneAndListsUnreadableFiles() throws IOException {
        Path reports = home.resolve("reports");
        Report gone = ReportFixtures.report(ReportFixtures.WANGMAPRANG_2564);
        ReportFixtures.writeStore(reports, List.of(ReportFixtures.NONGSANO_2565));
        List<ReplayProgress> progress = new ArrayList<>();
        try (ReportIndexer indexer = ReportIndexer.open(index())) {
            indexer.index(gone);
            ReplaySummary summary = indexer.replayFrom(reports, progress::add);
            assertThat(summary.indexed()).isEqualTo(1);
            assertThat(summary.removed()).isEqualTo(1);
            Files.writeString(reports.resolve("broken.json"), "{not json");
            assertThat(indexer.replayFrom(reports, p -> { }).unreadable()).hasSize(1);
        }
        assertThat(progress).containsExactly(new ReplayProgress(1, 1));
        assertThat(committedCount(IndexFields.REPORT_ID, gone.id())).isZero();
    }

    private static String id(String fixture) {
        return ReportFixtures.report(fixture).id();
    }

    private Path index() {
        return home.resolve("index");
    }

    /** Polls the committed index until the report is there, failing after {@code timeout}. */
    private void awaitCommitted(String reportId, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (committedCount(IndexFields.REPORT_ID, reportId) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("report " + reportId + " not committed within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /** Counts in the last commit, as another process opening the folder would see it. */
    private int committedCount(String field, String value) throws IOException {
        try (Directory directory = FSDirectory.open(index())) {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
            }
        }
    }
}
