package th.ita.search;

import java.util.Optional;

/**
 * What a person typed into search, made searchable the same way by the command line and the HTTP API: a pasted
 * paragraph is cut to its first {@value #MAX_CHARS} characters (at a space where there is one), and the answer says
 * so, because every word and letter pair becomes a clause and Lucene refuses queries with more than 1,024 of them.
 *
 * @param text the text to search
 * @param cut  how it was cut, when it was
 */
public record QueryText(String text, Optional<Cut> cut) {

    public static final int MAX_CHARS = 200;

    /**
     * A long query cut before searching.
     *
     * @param typedChars    characters typed (after trimming)
     * @param searchedChars characters searched
     * @param message       the note for the person, in English
     */
    public record Cut(int typedChars, int searchedChars, String message) {
    }

    public static QueryText of(String typed) {
        String text = typed.strip();
        if (text.length() <= MAX_CHARS) {
            return new QueryText(text, Optional.empty());
        }
        int space = text.lastIndexOf(' ', MAX_CHARS);
        String kept = text.substring(0, space > MAX_CHARS / 2 ? space : MAX_CHARS).strip();
        String message = "The query is long (" + text.length() + " characters); searching its first " + kept.length()
                + ": \"" + kept.substring(0, Math.min(40, kept.length())) + "…\"";
        return new QueryText(kept, Optional.of(new Cut(text.length(), kept.length(), message)));
    }

    /**
     * Punctuation alone is refused rather than searched: it would match nothing as words and, as no text, list
     * everything.
     */
    public boolean isPunctuationOnly() {
        return !text.isEmpty() && text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The note a person should see, when the query was changed. */
    public Optional<String> note() {
        return cut.map(Cut::message);
    }

    /** Why a punctuation-only query is refused, and what to do. */
    public String punctuationOnlyMessage() {
        return "Nothing to search for in '" + text + "': give words or numbers (punctuation alone is not searched;"
                + " no text lists everything).";
    }
}
