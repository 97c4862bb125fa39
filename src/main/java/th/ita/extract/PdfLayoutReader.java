package th.ita.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the words of a PDF's text layer with their positions, and the straight lines drawn on each page,
 * so tables can be rebuilt from geometry: PDF text order runs cell by cell, not row by row. Word text is
 * left as the PDF gives it (PUA glyphs, decomposed SARA AM); the structure stage normalises it. A word the PDF
 * follows with a space glyph ends with one space.
 * Thread-safe: every call works on its own document.
 */
public final class PdfLayoutReader {

    private static final Logger LOG = LoggerFactory.getLogger(PdfLayoutReader.class);
    /** Pages beyond this are skipped: a 500-page scan must not hold a worker for minutes. */
    public static final int DEFAULT_MAX_PAGES = 200;

    private final int maxPages;

    public PdfLayoutReader() {
        this(DEFAULT_MAX_PAGES);
    }

    public PdfLayoutReader(int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
        this.maxPages = maxPages;
    }

    /** The pages' words and ruling lines; throws only when the file is not a readable PDF. */
    public List<PageLayout> read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return read(document, pdf.toString());
        }
    }

    public List<PageLayout> read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return read(document, "bytes");
        }
    }

    /** The pages of a document already loaded (by Tika's PDF parser, which then reads the same load). */
    public List<PageLayout> read(PDDocument document, String name) throws IOException {
        int pages = document.getNumberOfPages();
        if (pages > maxPages) {
            LOG.info("PDF [{}] has [{}] pages, reading positions of the first [{}] only", name, pages, maxPages);
        }
        List<PageLayout> out = new ArrayList<>();
        for (int i = 1; i <= Math.min(pages, maxPages); i++) {
            PDPage page = document.getPage(i - 1);
            PDRectangle box = page.getCropBox();
            WordCollector words = new WordCollector();
            words.setStartPage(i);
            words.setEndPage(i);
            words.getText(document);
            List<RulingLine> lines;
            try {
                RulingCollector rulings = new RulingCollector(page);
                rulings.processPage(page);
                lines = rulings.lines();
            } catch (IOException | RuntimeException e) {
                // a broken drawing stream costs the table borders of this page, not the page's words
                LOG.debug("no ruling lines on page [{}] of [{}]: [{}]", i, name, e.toString());
                lines = List.of();
            }
            out.add(new PageLayout(i, box.getWidth(), box.getHeight(), List.copyOf(words.words), lines));
        }
        return out;
    }

    /**
     * Builds words from the glyphs in content order, breaking at spaces and at gaps. The stripper's own word
     * splitting is not used: it splits Thai words after SARA AM, whose glyph advance it misjudges.
     */
    private static final class WordCollector extends PDFTextStripper {
        final List<WordBox> words = new ArrayList<>();
        private final List<TextPosition> word = new ArrayList<>();
        private TextPosition previous;

        WordCollector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition tp : positions) {
                String u = tp.getUnicode();
                if (u == null || u.isEmpty()) {
                    // a glyph without text, such as the second half of a two-glyph SARA AM, belongs to its word
                    if (!word.isEmpty()) {
                        word.add(tp);
                        previous = tp;
                    }
                    continue;
                }
                if (u.isBlank()) {
                    // the space glyph is kept on the word it follows: at the end of a wrapped line it is the only
                    // sign that the source had a space there, as no gap to the next word can be measured
                    flush(!word.isEmpty());
                    continue;
                }
                if (previous != null && !isMark(u) && breaksWord(previous, tp)) {
                    flush(false);
                }
                word.add(tp);
                previous = tp;
            }
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush(false);
            super.endPage(page);
        }

        private static boolean breaksWord(TextPosition previous, TextPosition next) {
            double gap = next.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
            double size = Math.max(1, previous.getFontSizeInPt());
            boolean otherLine = Math.abs(next.getYDirAdj() - previous.getYDirAdj()) > size * 0.5;
            return otherLine || gap > size * 0.15 || gap < -size;
        }

        /**
         * Combining marks and the shifted Thai glyphs fonts keep in the Private Use Area (Windows U+F700-F71A, Mac
         * U+F884-F89E) stand over their letter, wherever the PDF draws them. Other private-use glyphs are characters
         * of their own: Word and LibreOffice write list bullets in the Symbol font as U+F0B7, and one drawn beside
         * an item must not join a word on another line of the cell.
         */
        private static boolean isMark(String u) {
            int c = u.codePointAt(0);
            return Character.getType(c) == Character.NON_SPACING_MARK
                    || c >= 0xF700 && c <= 0xF71A || c >= 0xF884 && c <= 0xF89E;
        }

        private void flush(boolean spaceFollows) {
            previous = null;
            if (word.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (TextPosition tp : word) {
                text.append(tp.getUnicode() == null ? "" : tp.getUnicode());
                double h = Math.max(tp.getHeightDir(), tp.getFontSizeInPt() * 0.6);
                left = Math.min(left, tp.getXDirAdj());
                right = Math.max(right, tp.getXDirAdj() + tp.getWidthDirAdj());
                top = Math.min(top, tp.getYDirAdj() - h);
                bottom = Math.max(bottom, tp.getYDirAdj());
            }
            if (spaceFollows) {
                text.append(' ');
            }
            words.add(new WordBox(text.toString(), left, top, Math.max(0, right - left), Math.max(0, bottom - top), 100));
            word.clear();
        }
    }
}
