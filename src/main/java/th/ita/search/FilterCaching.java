package th.ita.search;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

import th.ita.index.IndexFields;

/**
 * Lucene's query cache for the filters (years, kinds, provinces, organisations) only. Filters repeat from search to
 * search, so their matches are worth keeping per segment; a typed text rarely repeats, and caching it would make the
 * cache build its whole match set, which the top-hits search and the facet sample are built to avoid.
 */
final class FilterCaching implements QueryCachingPolicy {

    private static final Set<String> TEXT_FIELDS =
            Set.of(IndexFields.TITLE, IndexFields.TEXT, IndexFields.CONTEXT, IndexFields.TEXT_BIGRAMS);

    static final SearcherFactory SEARCHER_FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCachingPolicy(new FilterCaching());
            return searcher;
        }
    };

    private final UsageTrackingQueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

    @Override
    public void onUse(Query query) {
        usage.onUse(query);
    }

    @Override
    public boolean shouldCache(Query query) throws IOException {
        return !readsText(query) && usage.shouldCache(query);
    }

    private static boolean readsText(Query query) {
        boolean[] text = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                text[0] |= TEXT_FIELDS.contains(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return text[0];
    }
}
