package th.ita.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchSampleTest {

    private static final int DOCS = 50_000;

    @TempDir
    static Path dir;
    private static FSDirectory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    /** Every third document is "common", every 500th "rare"; a few segments, as an index that grew. */
    @BeforeAll
    static void index() throws IOException {
        directory = FSDirectory.open(dir);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < DOCS; i++) {
                Document doc = new Document();
                doc.add(new StringField("tag", i % 3 == 0 ? "common" : "other", Field.Store.NO));
                if (i % 500 == 0) {
                    doc.add(new StringField("tag", "rare", Field.Store.NO));
                }
                writer.addDocument(doc);
                if (i % 17_000 == 16_999) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void fewMatchesAreAllCollectedAndCountedExactly() throws IOException {
        MatchSample.Sampled sample = MatchSample.collect(searcher, tag("rare"), 10_000);
        assertThat(sample.complete()).isTrue();
        assertThat(sample.visited()).isEqualTo(DOCS / 500);
        assertThat(sample.scale()).isEqualTo(1.0);
        assertThat(collected(sample)).isEqualTo(DOCS / 500);
    }

    @Test
    void manyMatchesAreSampledUntilEnoughAndTheScaledCountEstimatesTheTotal() throws IOException {
        MatchSample.Sampled sample = MatchSample.collect(searcher, tag("common"), 2_000);
        assertThat(sample.complete()).isFalse();
        assertThat(sample.visited()).isGreaterThanOrEqualTo(2_000).isLessThan(DOCS / 3);
        assertThat(collected(sample)).isEqualTo(sample.visited());
        assertThat(sample.visited() * sample.scale()).isCloseTo(DOCS / 3.0, within(DOCS / 3.0 * 0.05));
    }

    @Test
    void roundsTakeWindowsSpreadOverTheIndex() {
        assertThat(MatchSample.nextInRound(0, 0)).isZero();
        assertThat(MatchSample.nextInRound(5, 8)).isEqualTo(8L * MatchSample.WINDOW);
        assertThat(MatchSample.nextInRound(9L * MatchSample.WINDOW, 8)).isEqualTo(24L * MatchSample.WINDOW);
        assertThat(MatchSample.docsInRound(MatchSample.WINDOW * 16L + 10, 0)).isEqualTo(MatchSample.WINDOW + 10);
    }

    private static long collected(MatchSample.Sampled sample) {
        return sample.matches().getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
    }

    private static TermQuery tag(String value) {
        return new TermQuery(new Term("tag", value));
    }
}
