package th.ita.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import th.ita.index.IndexFields;
import th.ita.index.ThaiBigramAnalyzer;

/**
 * Picks the best passage of each hit's stored text and marks the matches with {@code <b>…</b>}. Word matches are
 * highlighted from the word analysis; a hit found only through bigrams (damaged text) gets its bigram matches marked
 * instead, so the person sees why it matched.
 */
final class SnippetHighlighter {

    static final String OPEN = "<b>";
    static final String CLOSE = "</b>";
    static final String ELLIPSIS = " … ";
    /** Long enough for one table cell item; longer passages are cut around their first match. */
    static final int MAX_SNIPPET = 240;

    private final UnifiedHighlighter words;
    private final UnifiedHighlighter bigrams;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        DefaultPassageFormatter formatter = new DefaultPassageFormatter(OPEN, CLOSE, ELLIPSIS, false);
        this.words = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter)
                .withFieldMatcher(field -> field.equals(IndexFields.TEXT) || field.equals(IndexFields.TITLE))
                .withMaxNoHighlightPassages(0)
                .build();
        // The stored text re-analysed into bigrams, matched against the query's bigram terms.
        this.bigrams = UnifiedHighlighter.builder(searcher, new ThaiBigramAnalyzer())
                .withFormatter(new ContiguousMatchFormatter(OPEN, CLOSE, ELLIPSIS))
                .withFieldMatcher(field -> field.equals(IndexFields.TEXT_BIGRAMS))
                .withWeightMatches(false)
                .build();
    }

    String[] snippets(Query query, TopDocs topDocs) throws IOException {
        String[] found = words.highlight(IndexFields.TEXT, query, topDocs, 1);
        boolean missing = false;
        for (String snippet : found) {
            missing |= snippet == null;
        }
        String[] loose = missing ? bigrams.highlight(IndexFields.TEXT, query, topDocs, 1) : found;
        String[] snippets = new String[found.length];
        for (int i = 0; i < found.length; i++) {
            String snippet = found[i] != null ? found[i] : loose[i];
            snippets[i] = shorten(snippet == null ? "" : snippet.strip());
        }
        return snippets;
    }

    /** Cuts a long passage to a window that starts a little before its first match, never inside a mark. */
    static String shorten(String passage) {
        if (passage.length() <= MAX_SNIPPET) {
            return passage;
        }
        int firstMatch = Math.max(0, passage.indexOf(OPEN));
        int start = Math.max(0, firstMatch - 40);
        int end = Math.min(passage.length(), start + MAX_SNIPPET);
        int openBeforeEnd = passage.lastIndexOf(OPEN, end);
        int closeAfterOpen = openBeforeEnd < 0 ? -1 : passage.indexOf(CLOSE, openBeforeEnd);
        if (closeAfterOpen >= end - CLOSE.length()) {
            end = Math.min(passage.length(), closeAfterOpen + CLOSE.length());
        }
        return (start > 0 ? "…" : "") + passage.substring(start, end) + (end < passage.length() ? "…" : "");
    }
}
