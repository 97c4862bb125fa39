package th.ita.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total  how many units matched
 * @param hits   the best {@code limit} of them, best first
 * @param facets counts over all matches
 * @param rule   how the text was matched: the first rule that found anything
 */
public record SearchResult(long total, List<SearchHit> hits, SearchFacets facets, MatchRule rule) {

    /**
     * The rules a search tries in turn until one finds something.
     * FILTERS_ONLY: no text was given. ALL_WORDS: every word (phrases exactly). ANY_WORD: no unit has them all,
     * these have some. RELAXED: fewer exact matches than asked for, so units that share most letter pairs with the
     * words (near spellings, damaged text) follow them.
     */
    public enum MatchRule { FILTERS_ONLY, ALL_WORDS, ANY_WORD, RELAXED }

    public SearchResult(long total, List<SearchHit> hits, SearchFacets facets) {
        this(total, hits, facets, MatchRule.ALL_WORDS);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), SearchFacets.empty());
    }
}
