package th.ita.extract.ocr;

import java.util.List;

/**
 * One page of Tesseract's hOCR, in image pixels from the top-left corner: lines of words in Tesseract's
 * reading order.
 *
 * @param width  image width in pixels
 * @param height image height in pixels
 * @param lines  text lines in reading order
 */
public record HocrPage(int width, int height, List<Line> lines) {

    /**
     * @param left           bounding box
     * @param xSize          Tesseract's estimate of the line's letter height (x_size), 0 when absent
     * @param startParagraph true for the first line of an hOCR paragraph (ocr_par)
     * @param words          the line's words left to right
     */
    public record Line(int left, int top, int right, int bottom, double xSize, boolean startParagraph, List<Word> words) {
        public int height() {
            return bottom - top;
        }
    }

    /** A word as Tesseract cut it; for Thai often a syllable or a single letter, not a dictionary word. */
    public record Word(String text, int left, int top, int right, int bottom, double confidence) {
    }

    /** Every word of the page. */
    public List<Word> words() {
        return lines.stream().flatMap(l -> l.words().stream()).toList();
    }
}
