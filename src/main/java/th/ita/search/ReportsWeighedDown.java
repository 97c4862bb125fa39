package th.ita.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The text query with the scores of report documents multiplied by a weight below one, as
 * {@code FunctionScoreQuery.boostByQuery} scores them. That query hides its inner query's best scores (it reports an
 * unbounded maximum and asks its inner query to score every match), so the top-hits collector can skip nothing; a
 * weight of at most one never raises a score, so this one passes on the inner best scores and the minimum competitive
 * score unchanged, and Lucene skips blocks of matches that cannot enter the top hits.
 */
final class ReportsWeighedDown extends Query {

    private final Query text;
    private final Query reports;
    private final float weight;

    /**
     * @param reports which documents are weighed down; never scored
     * @param weight  in (0, 1]: a greater weight would raise scores above the inner query's reported maximum
     */
    ReportsWeighedDown(Query text, Query reports, float weight) {
        if (!(weight > 0f && weight <= 1f)) {
            throw new IllegalArgumentException("weight must be in (0, 1], was " + weight);
        }
        this.text = Objects.requireNonNull(text, "text");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.weight = weight;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = text.rewrite(searcher);
        return rewritten == text ? super.rewrite(searcher) : new ReportsWeighedDown(rewritten, reports, weight);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = text.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        Weight reportDocs = searcher.createWeight(searcher.rewrite(reports), ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new FilterWeight(this, inner) {
            /**
             * Through the inner scorer supplier, so that it hears when it is the top-level scoring clause: only then
             * does a disjunction score with block-max WAND (with {@code scorer} alone it sums every clause of every
             * match and skips nothing).
             */
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier inner = in.scorerSupplier(context);
                if (inner == null) {
                    return null;
                }
                Weight owner = this;
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        Scorer scorer = inner.get(leadCost);
                        Scorer reportScorer = reportDocs.scorer(context);
                        return reportScorer == null ? scorer : new Weighed(owner, scorer, reportScorer.iterator(), weight);
                    }

                    @Override
                    public long cost() {
                        return inner.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        inner.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = scorerSupplier(context);
                return supplier == null ? null : supplier.get(Long.MAX_VALUE);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation inner = in.explain(context, doc);
                if (!inner.isMatch() || !reportDocs.explain(context, doc).isMatch()) {
                    return inner;
                }
                return Explanation.match(weighed(inner.getValue().floatValue(), weight), "report weighed down by " + weight, inner);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return in.isCacheable(context) && reportDocs.isCacheable(context);
            }
        };
    }

    /** Computed in double as FunctionScoreQuery does, so hits rank exactly as they did with it. */
    private static float weighed(float score, float weight) {
        return (float) (score * (double) weight);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        text.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "weighed(" + text.toString(field) + ", " + reports.toString(field) + "^" + weight + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && text.equals(((ReportsWeighedDown) other).text)
                && reports.equals(((ReportsWeighedDown) other).reports) && weight == ((ReportsWeighedDown) other).weight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), text, reports, weight);
    }

    /** The inner scorer; a matching doc's score is weighed when the report iterator is on it. */
    private static final class Weighed extends Scorer {
        private final Scorer in;
        private final DocIdSetIterator reportDocs;
        private final float weight;

        Weighed(Weight owner, Scorer in, DocIdSetIterator reportDocs, float weight) {
            super(owner);
            this.in = in;
            this.reportDocs = reportDocs;
            this.weight = weight;
        }

        @Override
        public float score() throws IOException {
            int doc = in.docID();
            // Collectors score in increasing doc order, so the report iterator only moves forward.
            if (reportDocs.docID() < doc) {
                reportDocs.advance(doc);
            }
            float score = in.score();
            return reportDocs.docID() == doc ? weighed(score, weight) : score;
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // A weighed score never exceeds the inner one: what the inner scorer may skip cannot compete here either.
            in.setMinCompetitiveScore(minScore);
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return List.of(new ChildScorable(in, "MUST"));
        }
    }
}
