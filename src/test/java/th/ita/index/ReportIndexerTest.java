package th.ita.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    void aBatchIsCommittedForOtherProcessesWithinTheCommitInterval() throws Exception {
        Report report = ReportFixtures.report(ReportFixtures.WANGMAPRANG_2564);
        try (ReportIndexer indexer = ReportIndexer.open(index())) {
            long start = System.nanoTime();
            indexer.index(report);
            while (committedCount(IndexFields.REPORT_ID, report.id()) == 0) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void openingReplaysReportsWrittenAfterTheLastCommit() throws IOException {
        Path reports = home.resolve("reports");
        try (ReportIndexer indexer = ReportIndexer.open(index(), reports)) {
            assertThat(indexer).isNotNull();
        }
        // As if the route wrote the JSON and the process died before the next commit.
        ReportFixtures.writeStore(reports, List.of(ReportFixtures.NONGSANO_2565));
        try (ReportIndexer indexer = ReportIndexer.open(index(), reports)) {
            assertThat(indexer).isNotNull();
        }
        assertThat(committedCount(IndexFields.KIND, "measure")).isEqualTo(8);
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

    private Path index() {
        return home.resolve("index");
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
