package th.ita.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total  how many units matched
 * @param hits   the best {@code limit} of them, best first
 * @param facets counts over all matches
 */
public record SearchResult(long total, List<SearchHit> hits, SearchFacets facets) {

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), SearchFacets.empty());
    }
}
