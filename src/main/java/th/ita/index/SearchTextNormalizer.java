package th.ita.index;

import th.ita.normalize.ThaiTextNormalizer;

/**
 * The one place index and query text pass through before analysis, so both sides see the same characters: the
 * ingest stage's {@link ThaiTextNormalizer} (lost SARA AM, line-wrapped words, PUA glyphs, mark order). Thai digits
 * stay as written here; the analyzers fold them.
 */
public final class SearchTextNormalizer {

    private static final ThaiTextNormalizer NORMALIZER = new ThaiTextNormalizer();

    private SearchTextNormalizer() {
    }

    public static String normalize(String text) {
        return text == null || text.isEmpty() ? "" : NORMALIZER.normalize(text);
    }
}
