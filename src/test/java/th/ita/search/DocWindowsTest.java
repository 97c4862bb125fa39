package th.ita.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocWindowsTest {

    @TempDir
    Path dir;

    /** Three segments of uneven sizes (not multiples of the window), so windows must line up across segments. */
    @Test
    void samplesOneWindowInEveryNAcrossSegments() throws Exception {
        int[] segmentSizes = {700, 1500, 1900};
        try (FSDirectory directory = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int size : segmentSizes) {
                    for (int i = 0; i < size; i++) {
                        Document doc = new Document();
                        doc.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                        writer.addDocument(doc);
                    }
                    writer.commit();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int total = reader.maxDoc();
                int window = DocWindows.WINDOW;
                int expected = 0;
                for (int doc = 0; doc < total; doc++) {
                    expected += DocWindows.sampled(doc / window, 3) ? 1 : 0;
                }
                assertTrue(expected > total / 5 && expected < total / 2, "about a third sampled: " + expected);
                assertEquals(expected, searcher.count(new DocWindows(3)));
                assertEquals(total, searcher.count(new DocWindows(1)));
                // as a filter it keeps the other clause's matches inside the windows only
                long evenInWindows = searcher.count(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("parity", "even")), Occur.MUST)
                        .add(new DocWindows(3), Occur.FILTER).build());
                assertTrue(evenInWindows > expected / 3 && evenInWindows < expected, "even docs sampled: " + evenInWindows);
            }
        }
    }

    /** A stride of every third window would sample window 0, 3, 6...: the hash must not fall in step with runs. */
    @Test
    void windowsAreNotARegularStride() {
        int inStride = 0;
        int sampled = 0;
        for (long window = 0; window < 30_000; window++) {
            if (DocWindows.sampled(window, 3)) {
                sampled++;
                inStride += window % 3 == 0 ? 1 : 0;
            }
        }
        assertTrue(sampled > 9_000 && sampled < 11_000, "sampled " + sampled);
        assertTrue(inStride < sampled / 2, "in step with a stride of 3: " + inStride);
    }

    @Test
    void refusesAnEmptySample() {
        assertFalse(new DocWindows(2).equals(new DocWindows(3)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DocWindows(0));
    }
}
