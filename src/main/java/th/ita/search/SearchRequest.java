package th.ita.search;

/**
 * A search as a person asks it.
 *
 * @param text    what they typed: words, "quoted phrases"; any punctuation is searched literally, never parsed as
 *                syntax. Blank means every unit that passes the filters.
 * @param filters which units may match
 * @param limit   how many hits to return (facets and total count all matches)
 */
public record SearchRequest(String text, SearchFilters filters, int limit) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchRequest {
        text = text == null ? "" : text;
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, SearchFilters.none(), DEFAULT_LIMIT);
    }

    public SearchRequest withFilters(SearchFilters newFilters) {
        return new SearchRequest(text, newFilters, limit);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(text, filters, newLimit);
    }
}
