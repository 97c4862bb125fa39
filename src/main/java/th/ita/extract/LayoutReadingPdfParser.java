package th.ita.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;

import th.ita.model.Problem;

/**
 * Tika's PDF parser, which also reads the word positions and ruling lines of the PDF it loads while the document
 * is open, when the parse context asks for them with a {@link Layout}. One load then serves both readings: the
 * fonts PDFBox parses for the positions are in the document's cache when Tika extracts the text.
 */
final class LayoutReadingPdfParser extends PDFParser {

    /** Where the layout of the parsed PDF goes; the first document loaded is the file's own (later ones are attachments). */
    static final class Layout {
        private final PdfLayoutReader reader;
        private final String name;
        private List<PageLayout> pages;
        private Problem problem;

        Layout(PdfLayoutReader reader, String name) {
            this.reader = reader;
            this.name = name;
        }

        /** The pages read, or empty when the parser never loaded the document. */
        Optional<List<PageLayout>> pages() {
            return Optional.ofNullable(pages);
        }

        /** Why the positions could not be read, when they could not. */
        Optional<Problem> problem() {
            return Optional.ofNullable(problem);
        }

        private void read(PDDocument document) {
            if (pages != null) {
                return;
            }
            try {
                pages = reader.read(document, name);
            } catch (IOException | RuntimeException e) {
                // without positions the text still stands: a problem, not a failed file
                pages = List.of();
                problem = Problem.of("LAYOUT_UNAVAILABLE", "Word positions could not be read: " + e.getMessage());
            }
        }
    }

    LayoutReadingPdfParser() {
        // OCR is decided page by page by ScanReader, which renders the pages it reads itself. Tika's AUTO strategy
        // rendered every page without text at 300 dpi and wrote it as PNG for an OCR parser told to skip it:
        // 14 % of the ingest threads' time on scans, for nothing.
        setOcrStrategy("no_ocr");
    }

    @Override
    protected PDDocument getPDDocument(Path path, String password, RandomAccessStreamCache.StreamCacheCreateFunction cache,
                                       Metadata metadata, ParseContext context) throws IOException {
        return withLayout(super.getPDDocument(path, password, cache, metadata, context), context);
    }

    @Override
    protected PDDocument getPDDocument(InputStream input, String password, RandomAccessStreamCache.StreamCacheCreateFunction cache,
                                       Metadata metadata, ParseContext context) throws IOException {
        return withLayout(super.getPDDocument(input, password, cache, metadata, context), context);
    }

    private static PDDocument withLayout(PDDocument document, ParseContext context) {
        Layout layout = context.get(Layout.class);
        if (layout != null) {
            layout.read(document);
        }
        return document;
    }
}
