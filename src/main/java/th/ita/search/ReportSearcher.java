package th.ita.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import th.ita.index.IndexFields;
import th.ita.index.ReportIndexer;
import th.ita.index.WordSegmenter;

/**
 * Answers {@link SearchRequest}s from the index. Thread-safe. Opened on the index folder, it picks up every commit
 * (from this or another process) on the next search; opened on a {@link ReportIndexer}, it sees the indexer's
 * near-real-time reader.
 */
public final class ReportSearcher implements Closeable {

    static final float REPORT_WEIGHT = 0.3f;
    /**
     * Matches are counted exactly up to here, then the total is "at least": past it Lucene skips blocks of matches
     * whose best score cannot enter the top hits (nobody reads the exact figure of a million-match query).
     */
    static final int EXACT_TOTAL_UP_TO = 10_000;
    /**
     * Matches facets are counted on once counting stopped: enough for the order and rough size of the values shown,
     * a fraction of the work of counting every match of a query that matches much of the index.
     */
    static final int FACET_SAMPLE = 4_000;
    private static final Query REPORT_KIND = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT));

    private final Optional<Directory> directory;
    private final Analyzer analyzer;
    private final TypedTextQuery typedText;
    private final FilterQuery filterQuery;
    private final Object openLock = new Object();
    private volatile SearcherManager searchers;
    private final FacetCounter facetCounter = new FacetCounter();
    /** Every match scored for an exact total, as before totals stopped at {@link #EXACT_TOTAL_UP_TO}. */
    private final boolean everyMatchScored;

    private ReportSearcher(Optional<Directory> directory, SearcherManager searchers, WordSegmenter segmenter,
            BigramRecall recall) {
        this.directory = directory;
        this.searchers = searchers;
        this.analyzer = IndexFields.analyzer(segmenter);
        this.typedText = new TypedTextQuery(analyzer, recall);
        this.filterQuery = new FilterQuery(analyzer);
        this.everyMatchScored = false;
    }

    private ReportSearcher(ReportSearcher other, boolean everyMatchScored) {
        this.directory = other.directory;
        this.searchers = other.searchers;
        this.analyzer = other.analyzer;
        this.typedText = other.typedText;
        this.filterQuery = other.filterQuery;
        this.everyMatchScored = everyMatchScored;
    }

    /** Opens on an index folder; a folder with no index yet gives empty results until the first commit. */
    public static ReportSearcher open(Path indexDir) throws IOException {
        return open(indexDir, WordSegmenter.ICU);
    }

    /** Opens with the segmenter the index was written with (only measurements choose another). */
    public static ReportSearcher open(Path indexDir, WordSegmenter segmenter) throws IOException {
        return open(indexDir, segmenter, BigramRecall.SUBSTRING_THEN_SHARED);
    }

    /** With less bigram recall than shipped: only to measure what each step adds. */
    static ReportSearcher open(Path indexDir, WordSegmenter segmenter, BigramRecall recall) throws IOException {
        Files.createDirectories(indexDir);
        return new ReportSearcher(Optional.of(FSDirectory.open(indexDir)), null, segmenter, recall);
    }

    /**
     * Only to measure: the searcher as it was before totals became "at least" past {@link #EXACT_TOTAL_UP_TO}: reports
     * weighed down by {@code FunctionScoreQuery}, every match scored, facets collected over every match with the
     * hits; the benchmark times it against the shipped one in the same run.
     */
    public static ReportSearcher scoringEveryMatch(Path indexDir) throws IOException {
        return new ReportSearcher(open(indexDir), true);
    }

    /** Searches the indexer's near-real-time view: what it indexed is found after its next batch. */
    public static ReportSearcher nearRealTime(ReportIndexer indexer) {
        return new ReportSearcher(Optional.empty(), indexer.searcherManager(), WordSegmenter.ICU,
                BigramRecall.SUBSTRING_THEN_SHARED);
    }

    public SearchResult search(SearchRequest request) throws IOException {
        SearcherManager manager = searchers();
        if (manager == null) {
            return SearchResult.empty();
        }
        IndexSearcher searcher = manager.acquire();
        try {
            Optional<TypedTextQuery.Parts> typed = typedText.build(request.text(), everyMatchScored
                    ? TypedTextQuery.BigramFrequency.NONE : TypedTextQuery.BigramFrequency.of(searcher.getIndexReader()));
            Found found;
            SearchResult.MatchRule rule = SearchResult.MatchRule.FILTERS_ONLY;
            if (typed.isEmpty()) {
                found = run(searcher, withFilters(Optional.empty(), request.filters()), request);
            } else {
                rule = SearchResult.MatchRule.ALL_WORDS;
                TypedTextQuery.Parts parts = typed.get();
                Optional<TypedTextQuery.Relaxed> relaxed = parts.relaxed();
                found = strictThenRelaxed(searcher, parts.every(), relaxed.map(TypedTextQuery.Relaxed::every), request);
                if (found.topDocs().totalHits.value == 0 && parts.count() > 1) {
                    found = strictThenRelaxed(searcher, parts.any(), relaxed.map(TypedTextQuery.Relaxed::any), request);
                    rule = SearchResult.MatchRule.ANY_WORD;
                }
                if (found.relaxed()) {
                    rule = SearchResult.MatchRule.RELAXED;
                }
            }
            boolean relaxedRan = found.relaxed();
            Optional<Query> marked = typed.map(parts -> relaxedRan
                    ? parts.relaxed().orElseThrow().highlight() : parts.highlight());
            TotalHits total = found.topDocs().totalHits;
            long count = total.value;
            boolean atLeast = total.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
            SearchFacets facets = SearchFacets.empty();
            if (found.facets().isPresent()) {
                facets = facetCounter.count(searcher.getIndexReader(), found.facets().get());
            }
            return new SearchResult(count, hits(searcher, marked, found.topDocs()), facets, rule, atLeast);
        } finally {
            manager.release(searcher);
        }
    }

    /** Words of the index spelt almost like the typed words the index does not hold, the most frequent first. */
    public List<String> nearSpellings(String text, int max) throws IOException {
        SearcherManager manager = searchers();
        if (manager == null || text.isBlank()) {
            return List.of();
        }
        IndexSearcher searcher = manager.acquire();
        try {
            return NearSpellings.of(searcher.getIndexReader(), text, max);
        } finally {
            manager.release(searcher);
        }
    }

    /** Every matching unit, in index order, without scores or snippets: what export walks. */
    public List<UnitMatch> matches(SearchRequest request) throws IOException {
        SearcherManager manager = searchers();
        if (manager == null) {
            return List.of();
        }
        IndexSearcher searcher = manager.acquire();
        try {
            Query query = withFilters(typedText.build(request.text()).map(TypedTextQuery.Parts::every), request.filters());
            List<UnitMatch> matches = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            int count = searcher.count(query);
            if (count == 0) {
                return List.of();
            }
            TopDocs all = searcher.search(query, count, Sort.INDEXORDER);
            for (ScoreDoc scoreDoc : all.scoreDocs) {
                Document doc = stored.document(scoreDoc.doc);
                matches.add(new UnitMatch(doc.get(IndexFields.REPORT_ID), doc.get(IndexFields.KIND),
                        doc.getField(IndexFields.POSITION).numericValue().intValue(),
                        IndexFields.UNIT_LIST_UNITS.equals(doc.get(IndexFields.UNIT_LIST))));
            }
            return matches;
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        if (directory.isPresent()) {
            if (searchers != null) {
                searchers.close();
            }
            directory.get().close();
        }
    }

    private Query withFilters(Optional<Query> text, SearchFilters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        // People look for what was done, which measures and indicators say; a whole report matches nearly every
        // word somewhere, so it ranks below a unit that matches as well.
        text.map(q -> everyMatchScored ? FunctionScoreQuery.boostByQuery(q, REPORT_KIND, REPORT_WEIGHT)
                        : new ReportsWeighedDown(q, REPORT_KIND, REPORT_WEIGHT))
                .ifPresent(q -> query.add(q, Occur.MUST));
        boolean filtered = filterQuery.addTo(query, filters);
        if (text.isEmpty()) {
            if (!filtered) {
                return new MatchAllDocsQuery();
            }
            // Only filters: every unit passing them matches, all with the same score.
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.build();
    }

    /**
     * The strict query's hits; when they are fewer than the limit, the relaxed query's other hits after them. With
     * fewer hits than the limit every strict match is in hand, and the relaxed query matches a superset of them, so
     * its count and facets are those of the union.
     */
    private Found strictThenRelaxed(IndexSearcher searcher, Query strictText, Optional<Query> relaxedText,
            SearchRequest request) throws IOException {
        Found strict = run(searcher, withFilters(Optional.of(strictText), request.filters()), request);
        int limit = Math.max(1, request.limit());
        ScoreDoc[] strictHits = strict.topDocs().scoreDocs;
        if (relaxedText.isEmpty() || strictHits.length >= limit) {
            return strict;
        }
        Found wider = run(searcher, withFilters(relaxedText, request.filters()),
                request.withLimit(limit + strictHits.length));
        Set<Integer> seen = new HashSet<>();
        List<ScoreDoc> merged = new ArrayList<>(limit);
        for (ScoreDoc hit : strictHits) {
            seen.add(hit.doc);
            merged.add(hit);
        }
        List<ScoreDoc> added = new ArrayList<>();
        for (ScoreDoc hit : wider.topDocs().scoreDocs) {
            if (merged.size() + added.size() < limit && seen.add(hit.doc)) {
                added.add(hit);
            }
        }
        // Scores are scaled under the last strict hit's, so a client ordering by score keeps the strict hits first.
        float scale = strictHits.length == 0 || added.isEmpty() ? 1f
                : Math.min(1f, 0.9f * strictHits[strictHits.length - 1].score / added.get(0).score);
        added.forEach(hit -> merged.add(new ScoreDoc(hit.doc, hit.score * scale, hit.shardIndex)));
        TopDocs union = new TopDocs(wider.topDocs().totalHits, merged.toArray(ScoreDoc[]::new));
        return new Found(union, wider.query(), wider.facets(), !added.isEmpty());
    }

    /**
     * Top hits and the match count, exact up to {@link #EXACT_TOTAL_UP_TO}; with facets, the matches the hits collector
     * saw too. Past the threshold those are only the competitive ones, so facets are then counted on an even sample of
     * the index ({@link DocWindows}) of about {@link #FACET_SAMPLE} matches, scaled up and marked as estimates.
     */
    private Found run(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        int limit = Math.max(1, request.limit());
        if (request.facets() && everyMatchScored) {
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(searcher, query, limit, new FacetsCollectorManager());
            return new Found(result.topDocs(), query, Optional.of(new FacetCounter.Matches(result.facetsCollector(), 1)), false);
        }
        if (request.facets()) {
            HitsAndMatches.Found found = searcher.search(query, new HitsAndMatches(limit, EXACT_TOTAL_UP_TO));
            if (found.exact()) {
                return new Found(found.hits(), query, Optional.of(new FacetCounter.Matches(found.matches(), 1)), false);
            }
            int maxDoc = searcher.getIndexReader().maxDoc();
            int every = (int) Math.max(1, Math.min(maxDoc / DocWindows.WINDOW, found.density() * maxDoc / FACET_SAMPLE));
            FacetsCollector sample = searcher.search(new BooleanQuery.Builder().add(query, Occur.FILTER)
                    .add(new DocWindows(every), Occur.FILTER).build(), new FacetsCollectorManager());
            TopDocs hits = found.hits();
            if (every == 1) {
                // The "sample" was every match: the total is exact after all.
                long all = sample.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
                hits = new TopDocs(new TotalHits(all, TotalHits.Relation.EQUAL_TO), hits.scoreDocs);
            }
            return new Found(hits, query, Optional.of(new FacetCounter.Matches(sample, every)), false);
        }
        return new Found(searcher.search(query, new TopScoreDocCollectorManager(limit, null,
                everyMatchScored ? Integer.MAX_VALUE : EXACT_TOTAL_UP_TO)), query, Optional.empty(), false);
    }

    /** @param marked what the snippets mark; with no text typed, hits get no snippet */
    private List<SearchHit> hits(IndexSearcher searcher, Optional<Query> marked, TopDocs topDocs) throws IOException {
        if (topDocs.scoreDocs.length == 0) {
            return List.of();
        }
        String[] snippets = new String[topDocs.scoreDocs.length];
        Arrays.fill(snippets, "");
        if (marked.isPresent()) {
            snippets = new SnippetHighlighter(searcher, analyzer).snippets(marked.get(), topDocs);
        }
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(topDocs.scoreDocs.length);
        for (int i = 0; i < topDocs.scoreDocs.length; i++) {
            Document doc = stored.document(topDocs.scoreDocs[i].doc);
            hits.add(new SearchHit(
                    doc.get(IndexFields.KIND),
                    doc.get(IndexFields.REPORT_ID),
                    doc.get(IndexFields.FILE_NAME),
                    Optional.ofNullable(doc.get(IndexFields.ORGANIZATION)),
                    Optional.ofNullable(doc.get(IndexFields.PROVINCE)),
                    intField(doc, IndexFields.FISCAL_YEAR),
                    Optional.ofNullable(doc.get(IndexFields.SECTION)),
                    Optional.ofNullable(doc.get(IndexFields.CODE)),
                    Optional.ofNullable(doc.get(IndexFields.FORM)),
                    intField(doc, IndexFields.NUMBER),
                    doc.get(IndexFields.TITLE),
                    snippets[i],
                    topDocs.scoreDocs[i].score,
                    intField(doc, IndexFields.POSITION).orElse(0)));
        }
        return hits;
    }

    /** Opens the directory's searcher on first use once an index exists, then refreshes it before each search. */
    private SearcherManager searchers() throws IOException {
        SearcherManager manager = searchers;
        if (manager == null && directory.isPresent()) {
            synchronized (openLock) {
                if (searchers == null && DirectoryReader.indexExists(directory.get())) {
                    searchers = new SearcherManager(directory.get(), FilterCaching.SEARCHER_FACTORY);
                }
                manager = searchers;
            }
        }
        if (manager != null) {
            manager.maybeRefresh();
        }
        return manager;
    }

    private static OptionalInt intField(Document doc, String name) {
        IndexableField field = doc.getField(name);
        return field == null || field.numericValue() == null ? OptionalInt.empty()
                : OptionalInt.of(field.numericValue().intValue());
    }

    /**
     * @param query   the query the hits and total come from: facets are counted on it
     * @param facets  the matches facets are counted on, when the request wants them
     * @param relaxed whether the relaxed query added to the hits, so the snippets mark its bigrams too
     */
    private record Found(TopDocs topDocs, Query query, Optional<FacetCounter.Matches> facets, boolean relaxed) {
    }
}
