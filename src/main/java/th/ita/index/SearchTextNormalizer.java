package th.ita.index;

import java.util.regex.Pattern;

/**
 * The one place index and query text pass through before analysis, so both sides see the same characters.
 * Until the normaliser branch lands this only repairs what would break tokenising outright; swapping in
 * {@code ThaiTextNormalizer.normalize} is a one-line change here.
 */
public final class SearchTextNormalizer {

    /** NIKHAHIT + SARA AA, possibly with a tone mark between, is a decomposed SARA AM. */
    private static final Pattern DECOMPOSED_SARA_AM = Pattern.compile("\u0E4D([\u0E48-\u0E4B]?)\u0E32");
    /** Zero-width space, zero-width joiners and soft hyphen split words invisibly. */
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200C\u200D\u00AD\uFEFF]");

    private SearchTextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return DECOMPOSED_SARA_AM.matcher(visible).replaceAll("$1\u0E33");
    }
}
