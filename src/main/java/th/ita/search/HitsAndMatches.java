package th.ita.search;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The top hits, counting matches exactly up to a threshold and skipping non-competitive blocks past it, and in the
 * same pass every match the hits collector was shown, for facet counts. When the total stayed exact every match was
 * shown, so the facets are exact from one pass; when counting stopped, the recorded matches are only the competitive
 * ones and the caller counts facets another way ({@link DocWindows}).
 */
final class HitsAndMatches implements CollectorManager<HitsAndMatches.Both, HitsAndMatches.Found> {

    /**
     * @param hits    best first; the total is "at least" when counting stopped
     * @param matches every match when the total is exact
     * @param density matches per document up to where counting stopped: what the whole index holds, roughly
     */
    record Found(TopDocs hits, FacetsCollector matches, double density) {
        boolean exact() {
            return hits.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        }
    }

    private final TopScoreDocCollectorManager hits;
    private final int exactUpTo;

    HitsAndMatches(int limit, int exactUpTo) {
        this.hits = new TopScoreDocCollectorManager(limit, null, exactUpTo);
        this.exactUpTo = exactUpTo;
    }

    @Override
    public Both newCollector() throws IOException {
        return new Both(hits.newCollector(), new FacetsCollector(), exactUpTo);
    }

    @Override
    public Found reduce(Collection<Both> collectors) throws IOException {
        TopDocs top = hits.reduce(collectors.stream().map(both -> both.hits).toList());
        FacetsCollector matches = new FacetsCollectorManager().reduce(collectors.stream().map(both -> both.matches).toList());
        long seen = collectors.stream().mapToLong(both -> both.seen).sum();
        long scanned = collectors.stream().mapToLong(both -> both.scannedUpTo).max().orElse(0);
        return new Found(top, matches, scanned == 0 ? 0 : (double) Math.min(seen, exactUpTo) / scanned);
    }

    /** One collector feeding both. */
    static final class Both implements Collector {
        private final TopScoreDocCollector hits;
        private final FacetsCollector matches;
        private final int exactUpTo;
        private long seen;
        /** Documents (across segments) read up to the match that reached the threshold, or up to the last match. */
        private long scannedUpTo;

        Both(TopScoreDocCollector hits, FacetsCollector matches, int exactUpTo) {
            this.hits = hits;
            this.matches = matches;
            this.exactUpTo = exactUpTo;
        }

        @Override
        public ScoreMode scoreMode() {
            // The hits decide: recording a match needs no score, and must not stop the skipping.
            return hits.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector hitLeaf = hits.getLeafCollector(context);
            LeafCollector matchLeaf = matches.getLeafCollector(context);
            int docBase = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    hitLeaf.setScorer(scorer);
                    matchLeaf.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    matchLeaf.collect(doc);
                    hitLeaf.collect(doc);
                    if (++seen <= exactUpTo) {
                        scannedUpTo = docBase + doc + 1L;
                    }
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return hitLeaf.competitiveIterator();
                }

                @Override
                public void finish() throws IOException {
                    hitLeaf.finish();
                    matchLeaf.finish();
                }
            };
        }
    }
}
