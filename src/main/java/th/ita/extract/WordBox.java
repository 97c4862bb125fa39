package th.ita.extract;

/**
 * A word (or glyph run) placed on a page, in points from the page's top-left corner. PDF text positions and
 * OCR word boxes both become these, so tables are rebuilt the same way whatever the source.
 *
 * @param text       the word's text, not yet normalised; ending with one space when the source wrote a space
 *                   right after it (a PDF's space glyph), which is how a wrapped line tells it broke at a space
 * @param x          left edge
 * @param y          top edge
 * @param width      width
 * @param height     height
 * @param confidence OCR confidence 0-100, or 100 for text read from a PDF's text layer
 */
public record WordBox(String text, double x, double y, double width, double height, double confidence) {
}
