package th.ita.normalize;

import java.util.regex.Pattern;

/**
 * Counts the damaged Thai sequences in a text, to tell how badly an extractor mangled a file and how much of
 * that {@link ThaiTextNormalizer} repairs. Stateless and safe to share between threads.
 */
public final class ThaiDamageCounter {

    private static final Pattern PRIVATE_USE_GLYPH = Pattern.compile("[\uF700-\uF71A\uF884-\uF89E]");
    private static final Pattern SARA_AM_LOST_AS_SPACE = Pattern.compile("[\u0E01-\u0E2E][\u0E48-\u0E4B]? \u0E32");
    private static final Pattern MARK_AFTER_WHITESPACE = Pattern.compile("\\s[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]");
    private static final Pattern TONE_BEFORE_VOWEL_MARK = Pattern.compile("[\u0E48-\u0E4B][\u0E31\u0E34-\u0E3A\u0E47]");
    private static final Pattern DECOMPOSED_SARA_AM =
            Pattern.compile("\u0E4D[\u0E48-\u0E4B]?\u0E32|[\u0E48-\u0E4B]\u0E4D\u0E32");

    /**
     * Counts each kind of damage; a sequence that shows two kinds counts once in each.
     *
     * @param text any text; not null
     * @return the counts, all zero for clean text
     */
    public ThaiDamageReport count(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        return new ThaiDamageReport(
                occurrences(PRIVATE_USE_GLYPH, text),
                occurrences(SARA_AM_LOST_AS_SPACE, text),
                occurrences(MARK_AFTER_WHITESPACE, text),
                occurrences(TONE_BEFORE_VOWEL_MARK, text),
                occurrences(DECOMPOSED_SARA_AM, text));
    }

    private static int occurrences(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
