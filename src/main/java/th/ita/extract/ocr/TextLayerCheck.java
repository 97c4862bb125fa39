package th.ita.extract.ocr;

import th.ita.extract.PageLayout;
import th.ita.extract.WordBox;

/**
 * Decides whether a PDF page's text layer can be used or the page must be OCR'd. Tika's own AUTO strategy only
 * OCRs pages with almost no text; a Thai page whose fonts lack a Unicode map also needs OCR: it comes out as
 * Private Use Area code points or as TIS-620 bytes read as Latin-1 ("ÃÒ§Ò¹"), which no repair can turn back.
 * Word-exported Thai PDFs do carry some PUA glyphs (shifted tone marks), but only beside real Thai letters.
 */
public final class TextLayerCheck {

    /** Fewer readable characters than this and the page is treated as having no text. */
    static final int MIN_READABLE_CHARS = 20;
    /** A page whose characters are more than this share unmapped or mis-decoded is garbage. */
    static final double MAX_JUNK_SHARE = 0.3;

    /** Counts of one page's characters by kind. */
    public record Census(int readable, int thai, int junk) {
        public int total() {
            return readable + junk;
        }

        public double junkShare() {
            return total() == 0 ? 0 : (double) junk / total();
        }
    }

    public boolean usable(PageLayout page) {
        Census census = census(page);
        return census.readable() >= MIN_READABLE_CHARS && census.junkShare() <= MAX_JUNK_SHARE;
    }

    public Census census(PageLayout page) {
        int readable = 0;
        int thai = 0;
        int junk = 0;
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
        }
        return new Census(readable, thai, junk);
    }
}
