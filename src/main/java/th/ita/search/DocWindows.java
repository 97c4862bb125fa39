package th.ita.search;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A sample of the index: windows of {@link #WINDOW} consecutive documents, one in {@code every} on average, chosen by
 * a hash of the window's number. As a filter it lets the text query jump from window to window through its skip lists,
 * so counting facets on the sample reads about one match in {@code every} instead of all of them. Windows, not single
 * documents, because skipping to every n-th document would still decode nearly every postings block (128 documents
 * each); chosen by hash, not every n-th, because reports arrive in runs (one office's folder, one province) and a
 * regular stride can fall in step with them and count one run n times and the next not at all.
 */
final class DocWindows extends Query {

    static final int WINDOW = 128;

    private final int every;

    DocWindows(int every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1, was " + every);
        }
        this.every = every;
    }

    int every() {
        return every;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                return new ConstantScoreScorer(this, score(), scoreMode, new Windows(context.docBase, context.reader().maxDoc(), every));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** Whether window number {@code window} (counted from the start of the whole index) is in the sample. */
    static boolean sampled(long window, int every) {
        // SplitMix64's finaliser: neighbouring windows get unrelated hashes
        long z = window + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return Long.remainderUnsigned(z, every) == 0;
    }

    /** The documents of the sampled windows, counted from the start of the whole index so segments line up. */
    private static final class Windows extends DocIdSetIterator {
        private final int docBase;
        private final int maxDoc;
        private final int every;
        private int doc = -1;

        Windows(int docBase, int maxDoc, int every) {
            this.docBase = docBase;
            this.maxDoc = maxDoc;
            this.every = every;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            long global = (long) docBase + target;
            long window = global / WINDOW;
            long lastWindow = ((long) docBase + maxDoc) / WINDOW;
            while (!sampled(window, every) && window <= lastWindow) {
                window++;
                global = window * WINDOW;
            }
            long local = global - docBase;
            doc = local >= maxDoc ? NO_MORE_DOCS : (int) local;
            return doc;
        }

        @Override
        public long cost() {
            return Math.max(1, maxDoc / every);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "windows(1/" + every + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && every == ((DocWindows) other).every;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + every;
    }
}
