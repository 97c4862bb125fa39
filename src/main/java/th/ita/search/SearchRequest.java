package th.ita.search;

/**
 * A search as a person asks it.
 *
 * @param text    what they typed: words, "quoted phrases"; any punctuation is searched literally, never parsed as
 *                syntax. Blank means every unit that passes the filters.
 * @param filters which units may match
 * @param limit   how many hits to return (facets and total count all matches)
 * @param facets  whether to count matches by year, organisation, province, kind and form; counting visits every
 *                match, so callers that show no facets leave it off
 */
public record SearchRequest(String text, SearchFilters filters, int limit, boolean facets) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchRequest {
        text = text == null ? "" : text;
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    /** With facet counts, as the command line shows them. */
    public SearchRequest(String text, SearchFilters filters, int limit) {
        this(text, filters, limit, true);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, SearchFilters.none(), DEFAULT_LIMIT);
    }

    public SearchRequest withFilters(SearchFilters newFilters) {
        return new SearchRequest(text, newFilters, limit, facets);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(text, filters, newLimit, facets);
    }

    public SearchRequest withFacets(boolean counted) {
        return new SearchRequest(text, filters, limit, counted);
    }
}
