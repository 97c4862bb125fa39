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
 * An even sample of the index: one window of {@link #WINDOW} consecutive documents in every {@code every}. As a
 * filter it lets the text query jump from window to window through its skip lists, so counting facets on the sample
 * reads about one match in {@code every} instead of all of them. Windows, not single documents, because skipping to
 * every n-th document would still decode nearly every postings block. Documents are indexed in the order reports
 * arrive, so windows spread over the whole index sample every period alike.
 */
final class DocWindows extends Query {

    static final int WINDOW = 512;

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
            if (window % every != 0) {
                global = (window / every + 1) * every * (long) WINDOW;
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
