package th.ita.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import th.ita.search.QueryText;
import th.ita.search.ReportSearcher;
import th.ita.search.SearchFacets;
import th.ita.search.SearchHit;
import th.ita.search.SearchRequest;
import th.ita.search.SearchResult;

/** {@code GET /api/search}: the answer of {@code ita search --json}, one page of hits at a time. */
public final class SearchApi {

    static final int MAX_LIMIT = 100;
    /** Deep pages cost a top-N of offset + limit; nobody reads past this. */
    static final int MAX_OFFSET = 10_000;

    /**
     * One page of an answer.
     *
     * @param total  units matching
     * @param offset hits skipped
     * @param limit  hits asked for
     * @param hits   the page, best first
     * @param facets counts over every match
     * @param rule   how the text was matched (all words, any word, near spellings), as {@code ita search --json} says
     * @param queryCut present when the text was too long and only its beginning was searched, as {@code ita search}
     *                 notes it
     */
    public record Page(long total, int offset, int limit, List<SearchHit> hits, SearchFacets facets,
                       SearchResult.MatchRule rule, boolean totalAtLeast, Optional<QueryText.Cut> queryCut) {
    }

    private final ReportSearcher searcher;

    public SearchApi(ReportSearcher searcher) {
        this.searcher = searcher;
    }

    /** @param rawQuery the request's query string: q, year, org, province, kind, form, number, oCode, limit, offset */
    public String search(String rawQuery) throws IOException {
        QueryParameters query = QueryParameters.parse(rawQuery);
        int limit = query.intValue("limit", SearchRequest.DEFAULT_LIMIT, 0, MAX_LIMIT);
        int offset = query.intValue("offset", 0, 0, MAX_OFFSET);
        QueryText text = SearchParameters.text(query);
        SearchRequest request = new SearchRequest(text.text(), SearchParameters.filters(query), offset + limit, true);
        SearchResult result = searcher.search(request);
        List<SearchHit> hits = result.hits();
        List<SearchHit> page = hits.subList(Math.min(offset, hits.size()), hits.size());
        return JsonBodies.of(new Page(result.total(), offset, limit, page, result.facets(), result.rule(),
                result.totalAtLeast(), text.cut()));
    }
}
