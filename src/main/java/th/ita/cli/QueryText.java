package th.ita.cli;

import java.util.Optional;

/**
 * What a person typed into search, made searchable: a pasted paragraph is cut to its first
 * {@value #MAX_CHARS} characters (at a space where there is one) with a note saying so, because every
 * word and letter pair becomes a clause and Lucene refuses queries with more than 1,024 of them.
 *
 * @param text the text to search
 * @param note what was changed, for the person, when anything was
 */
record QueryText(String text, Optional<String> note) {

    static final int MAX_CHARS = 200;

    static QueryText of(String typed) {
        String text = typed.strip();
        if (!text.isEmpty() && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new CommandFailure(ExitCode.USAGE, "Nothing to search for in '" + text
                    + "': give words or numbers (punctuation alone is not searched; no text lists everything).");
        }
        if (text.length() <= MAX_CHARS) {
            return new QueryText(text, Optional.empty());
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS);
        String kept = text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS).strip();
        return new QueryText(kept, Optional.of("The query is long (" + text.length() + " characters); searching its first "
                + kept.length() + ": \"" + kept.substring(0, Math.min(40, kept.length())) + "…\""));
    }
}
