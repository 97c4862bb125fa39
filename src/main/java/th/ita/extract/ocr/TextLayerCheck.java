package th.ita.extract.ocr;

import java.util.regex.Pattern;

import th.ita.extract.PageLayout;
import th.ita.extract.WordBox;

/**
 * Decides whether a PDF page's text layer can be used or the page must be OCR'd. Tika's own AUTO strategy only
 * OCRs pages with almost no text; a page can hold plenty of text and still none worth reading:
 * <ul>
 * <li>a Thai font without a Unicode map comes out as Private Use Area code points or as TIS-620 bytes read as
 * Latin-1 ("ÃÒ§Ò¹"), which no repair can turn back. Word-exported Thai PDFs do carry some PUA glyphs (shifted
 * tone marks), but only beside real Thai letters;</li>
 * <li>a legacy Thai font whose glyphs sit on ASCII codes, or a scanner's hidden OCR layer read as English from a
 * Thai page, gives Latin letters that form no words: "'tuYl t16',] uuun?Jon?13J". Real Latin text is mostly
 * tokens that look like words (lower case, capitalised or upper case letters, numbers, codes such as "O20");
 * this nonsense is mostly letters mixed with digits, punctuation and case changes inside one token.</li>
 * </ul>
 */
public final class TextLayerCheck {

    /** Fewer readable characters than this and the page is treated as having no text. */
    static final int MIN_READABLE_CHARS = 20;
    /** A page whose characters are more than this share unmapped or mis-decoded is garbage. */
    static final double MAX_JUNK_SHARE = 0.3;
    /** A page with less than this share of Thai among its letters is read as a Latin page. */
    static final double MIN_THAI_SHARE = 0.2;
    /**
     * A Latin page whose word-like tokens hold less than this share of its letters is nonsense. English and
     * transliterated pages score above 0.85, scanners' hidden layers of Thai read as English below 0.5.
     */
    static final double MIN_WORD_LIKE_SHARE = 0.6;

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\"'(\\[“‘«]+|[\"')\\].,;:!?”’»]+$");
    private static final Pattern WORD_LIKE = Pattern.compile(
            "(?:[A-Z]?[a-z]+|[A-Z]+)(?:['’-](?:[A-Z]?[a-z]+|[A-Z]+))*(?:'s)?"
                    // numbers, dates and codes: 2564, 1.2.3, 12/05/2564, O20, EB1, No.5
                    + "|[A-Za-z]{0,4}\\.?[0-9][0-9.,/:-]*[A-Za-z]?");

    /** What a page's text layer is worth: usable, absent, or present but junk (with why). */
    public enum Verdict { USABLE, NO_TEXT, JUNK }

    /** The verdict on one page, and for junk a sentence saying what the text layer holds. */
    public record Reading(Verdict verdict, String why) {
    }

    /** Counts of one page's characters by kind, and the Latin letters in word-like tokens. */
    public record Census(int readable, int thai, int junk, int latinLetters, int wordLikeLetters) {
        public int total() {
            return readable + junk;
        }

        public double junkShare() {
            return total() == 0 ? 0 : (double) junk / total();
        }

        public double thaiShare() {
            int letters = thai + latinLetters;
            return letters == 0 ? 0 : (double) thai / letters;
        }

        public double wordLikeShare() {
            return latinLetters == 0 ? 1 : (double) wordLikeLetters / latinLetters;
        }
    }

    public boolean usable(PageLayout page) {
        return read(page).verdict() == Verdict.USABLE;
    }

    public Reading read(PageLayout page) {
        Census census = census(page);
        if (census.total() >= MIN_READABLE_CHARS && census.junkShare() > MAX_JUNK_SHARE) {
            return new Reading(Verdict.JUNK, "%d%% of its characters are unmapped glyphs or Thai bytes read as Latin-1 (a Thai font without a Unicode map)"
                    .formatted(Math.round(census.junkShare() * 100)));
        }
        if (census.readable() < MIN_READABLE_CHARS) {
            return new Reading(Verdict.NO_TEXT, "it has no text layer");
        }
        if (census.thaiShare() < MIN_THAI_SHARE && census.wordLikeShare() < MIN_WORD_LIKE_SHARE) {
            return new Reading(Verdict.JUNK, ("its Latin letters form no words (%d%% in word-like tokens): a legacy Thai font"
                    + " on Latin codes or a hidden OCR layer of nonsense").formatted(Math.round(census.wordLikeShare() * 100)));
        }
        return new Reading(Verdict.USABLE, "");
    }

    public Census census(PageLayout page) {
        int readable = 0;
        int thai = 0;
        int junk = 0;
        int latin = 0;
        int wordLike = 0;
        for (WordBox word : page.words()) {
            String text = word.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '\u0E01' && c <= '\u0E5B') {
                    thai++;
                    readable++;
                } else if (c < 128 && Character.isLetterOrDigit(c)) {
                    readable++;
                } else if ((c >= '\uE000' && c <= '\uF8FF') || (c >= '\u00A0' && c <= '\u00FF') || c == '\uFFFD'
                        || Character.isISOControl(c)) {
                    junk++;
                }
            }
            for (String token : text.strip().split("\\s+")) {
                int letters = latinLetters(token);
                latin += letters;
                if (letters > 0 && WORD_LIKE.matcher(EDGE_PUNCTUATION.matcher(token).replaceAll("")).matches()) {
                    wordLike += letters;
                }
            }
        }
        return new Census(readable, thai, junk, latin, wordLike);
    }

    private static int latinLetters(String token) {
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                n++;
            }
        }
        return n;
    }
}
