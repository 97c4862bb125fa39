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
     * @param baseline       where the letters stand at the line's left edge (Tesseract's baseline), in pixels
     * @param slope          the baseline's rise per pixel to the right
     */
    public record Line(int left, int top, int right, int bottom, double xSize, boolean startParagraph, List<Word> words,
                       double baseline, double slope) {

        /** A line whose baseline is not known: its letters are taken to stand on its bottom. */
        public Line(int left, int top, int right, int bottom, double xSize, boolean startParagraph, List<Word> words) {
            this(left, top, right, bottom, xSize, startParagraph, words, bottom, 0);
        }

        public int height() {
            return bottom - top;
        }

        /** Where the letters stand at {@code x}. */
        public double baselineAt(double x) {
            return baseline + slope * (x - left);
        }

        /** The same line moved by {@code dx, dy} pixels, with other words. */
        Line moved(int dx, int dy, List<Word> movedWords) {
            return new Line(left + dx, top + dy, right + dx, bottom + dy, xSize, startParagraph, movedWords,
                    baseline + dy, slope);
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
