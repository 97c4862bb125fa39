package th.ita.normalize;

import java.util.regex.Pattern;

/**
 * Repairs Thai text as PDF export, Word and OCR deliver it, so that it can be shown, segmented and searched.
 *
 * <p>The repairs: zero-width characters and soft hyphens are dropped; Thai glyphs from the Windows and Mac
 * Private Use Areas are mapped back to Thai; doubled SARA E becomes SARA AE; spaces before combining marks are
 * removed; SARA AM lost as a space ("ส านักงาน") or split in two (ํ + า) is restored; words broken by line
 * wraps are joined; combining marks are put in stored order (consonant, vowel mark, tone mark), and a tone
 * mark or THANTHAKHAT that landed after the next letter is moved back where only one reading exists. Thai digits
 * are kept: use {@link ThaiDigits} for parsing and search. Unicode NFKC is never applied, because it splits ำ.
 *
 * <p>Whitespace: each run of spaces (no-break and other Unicode spaces included) becomes one space; tabs and
 * line breaks are kept. Every repair acts only where Thai spelling rules out the damaged form, so clean text
 * comes back unchanged apart from those runs of spaces, and {@code normalize(normalize(t))} equals
 * {@code normalize(t)}. Instances hold no state and are safe to share between threads.
 */
public final class ThaiTextNormalizer {

    // U+200B-U+200D and U+FEFF only steer rendering; U+00AD only marks a possible hyphenation point.
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200C\u200D\uFEFF\u00AD]");

    // Whitespace is normalised moderately: every run of horizontal space characters (space, no-break space
    // and the other Unicode spaces) becomes one ASCII space, because PDF extractors pad with them at random.
    // Tabs and line breaks are kept as they are: they carry table cells and lines that later stages read.
    private static final Pattern HORIZONTAL_SPACES = Pattern.compile("[ \u00A0\u2000-\u200A\u202F\u205F\u3000]+");

    private static final Pattern DOUBLED_SARA_E = Pattern.compile("\u0E40\u0E40");

    /**
     * Applies every repair, in an order where each one sees the output of those it depends on: PUA marks
     * are remapped before they are moved, spaces before marks go before SARA AM is restored ("น ้ า"),
     * words are joined before their marks are reordered, and a shifted THANTHAKHAT moves back before the
     * reordering would take it for a mark of its new consonant.
     *
     * @param text text as an extractor delivered it; not null
     * @return the repaired text
     */
    public String normalize(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        String result = INVISIBLE.matcher(text).replaceAll("");
        result = HORIZONTAL_SPACES.matcher(result).replaceAll(" ");
        result = ThaiPrivateUseGlyphs.remap(result);
        result = DOUBLED_SARA_E.matcher(result).replaceAll("\u0E41");
        result = ThaiSpacingRepairs.removeSpacesBeforeMarks(result);
        result = ThaiSpacingRepairs.restoreSaraAmLostAsSpace(result);
        result = ThaiSpacingRepairs.joinWordsBrokenByWraps(result);
        result = ThaiMarkOrderRepairs.moveShiftedThanthakhatBack(result);
        result = ThaiMarkOrderRepairs.reorderMarksOnEachConsonant(result);
        result = ThaiMarkOrderRepairs.composeDecomposedSaraAm(result);
        return ThaiMarkOrderRepairs.moveTonesBackOntoTheirConsonant(result);
    }
}
