package th.ita.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches facets are counted over: every match when there are few, otherwise the matches inside a share of the
 * index. The index is cut into windows of {@link #WINDOW} documents, and window {@code w} belongs to round
 * {@code w mod }{@link #ROUNDS}; rounds are taken in bit-reversed order (0, 8, 4, 12…) so that any number of them is
 * spread evenly over the index, until {@code enough} matches are in hand or every round is taken. Each round advances
 * the query's iterators from window to window on their skip lists, so a query matching a fifth of a million units
 * costs about what one matching ten thousand costs, and the counts are scaled by the share of rounds taken.
 */
final class MatchSample {

    static final int WINDOW_BITS = 10;
    static final int WINDOW = 1 << WINDOW_BITS;
    static final int ROUNDS = 16;
    private static final int ROUND_BITS = Integer.numberOfTrailingZeros(ROUNDS);

    /**
     * @param matches what the facet counts read
     * @param visited matches collected
     * @param rounds  rounds taken, out of {@link #ROUNDS}
     * @param covered doc ids inside the windows of the rounds taken
     * @param docs    doc ids in the index
     */
    record Sampled(FacetsCollector matches, long visited, int rounds, long covered, long docs) {
        /** Every match was collected: counts and {@link #visited} are exact. */
        boolean complete() {
            return rounds == ROUNDS;
        }

        /** What a count over the sample is multiplied by to estimate the count over every match. */
        double scale() {
            return complete() || covered == 0 ? 1 : docs / (double) covered;
        }
    }

    private MatchSample() {
    }

    static Sampled collect(IndexSearcher searcher, Query query, long enough) throws IOException {
        // Straight from the query, not through the searcher's cache: a sample must not make the cache build the full
        // match set of a text query (its filter clauses are still cached as usual).
        Weight weight = searcher.rewrite(query).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        int[] counts = new int[leaves.size()];
        long visited = 0;
        long covered = 0;
        int rounds = 0;
        while (rounds < ROUNDS && visited < enough) {
            int residue = Integer.reverse(rounds) >>> (Integer.SIZE - ROUND_BITS);
            covered += docsInRound(searcher.getIndexReader().maxDoc(), residue);
            for (int i = 0; i < leaves.size(); i++) {
                int added = collectRound(weight, leaves.get(i), residue, bits, i);
                counts[i] += added;
                visited += added;
            }
            rounds++;
        }
        // One entry per leaf, empty ones too: with a single entry the facet counts take the index for one segment
        // and skip mapping its ordinals, counting the wrong labels.
        List<MatchingDocs> matching = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            DocIdSet docs = bits[i] == null ? DocIdSet.EMPTY : new BitDocIdSet(bits[i], counts[i]);
            matching.add(new MatchingDocs(leaves.get(i), docs, counts[i], null));
        }
        FacetsCollector collected = new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return matching;
            }
        };
        return new Sampled(collected, visited, rounds, covered, searcher.getIndexReader().maxDoc());
    }

    /** Doc ids below {@code maxDoc} inside the round's windows (the last window may be cut short). */
    static long docsInRound(long maxDoc, int residue) {
        long docs = 0;
        for (long start = (long) residue << WINDOW_BITS; start < maxDoc; start += (long) ROUNDS << WINDOW_BITS) {
            docs += Math.min(WINDOW, maxDoc - start);
        }
        return docs;
    }

    /** Collects the leaf's live matches inside the round's windows into {@code bits[leaf]}; returns how many. */
    private static int collectRound(Weight weight, LeafReaderContext context, int residue, FixedBitSet[] bits, int leaf)
            throws IOException {
        Scorer scorer = weight.scorer(context);
        if (scorer == null) {
            return 0;
        }
        int base = context.docBase;
        int maxDoc = context.reader().maxDoc();
        Bits live = context.reader().getLiveDocs();
        DocIdSetIterator matches = scorer.iterator();
        int added = 0;
        long target = nextInRound(base, residue) - base;
        int doc = target >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : matches.advance((int) target);
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            long inRound = nextInRound(base + (long) doc, residue);
            if (inRound != base + (long) doc) {
                target = inRound - base;
                doc = target >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : matches.advance((int) target);
                continue;
            }
            if (live == null || live.get(doc)) {
                if (bits[leaf] == null) {
                    bits[leaf] = new FixedBitSet(maxDoc);
                }
                bits[leaf].set(doc);
                added++;
            }
            doc = matches.nextDoc();
        }
        return added;
    }

    /** The first index-wide doc id at or after {@code doc} whose window belongs to the round. */
    static long nextInRound(long doc, int residue) {
        long window = doc >>> WINDOW_BITS;
        long skip = (residue - window) & (ROUNDS - 1);
        return skip == 0 ? doc : (window + skip) << WINDOW_BITS;
    }
}
