package th.ita.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total        how many units matched; with {@code totalAtLeast}, a lower bound
 * @param hits         the best {@code limit} of them, best first
 * @param facets       counts over all matches
 * @param rule         how the text was matched: the first rule that found anything
 * @param totalAtLeast whether counting stopped at {@code total} (shown as "10,000+"): without facets, the search
 *                     skips blocks of matches that cannot enter the top hits once that many are counted
 */
public record SearchResult(long total, List<SearchHit> hits, SearchFacets facets, MatchRule rule, boolean totalAtLeast) {

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

    /** With an exact total. */
    public SearchResult(long total, List<SearchHit> hits, SearchFacets facets, MatchRule rule) {
        this(total, hits, facets, rule, false);
    }

    /** The total as people read it: "10000+" when counting stopped there. */
    public String totalText() {
        return String.format(java.util.Locale.ROOT, "%d%s", total, totalAtLeast ? "+" : "");
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), SearchFacets.empty());
    }
}
