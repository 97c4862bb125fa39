package th.ita.extract.ocr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs Tesseract on one page image through Tika's TesseractOCRParser and returns its hOCR. Tika passes
 * Tesseract's hOCR through as XHTML with the word boxes and confidences intact, which is what table rebuilding
 * needs; Tika's plain-text output would lose them. Thread-safe: every call has its own config and handler,
 * and Tika runs one Tesseract process per call.
 */
public final class TesseractHocr {

    private final TesseractOCRParser parser = new TesseractOCRParser();
    private final OcrSettings settings;

    public TesseractHocr(TesseractInstallation installation, OcrSettings settings) {
        this.settings = settings;
        parser.setTesseractPath(installation.folder());
        // Tika otherwise looks for language data beside the program, which is not where packages put it
        installation.tessdata().ifPresent(parser::setTessdataPath);
        try {
            parser.initialize(Map.of());
        } catch (TikaConfigException e) {
            throw new IllegalStateException("Tika's Tesseract parser cannot be set up with " + installation.program(), e);
        }
    }

    /**
     * OCRs one page.
     *
     * @param image the straightened page
     * @param dpi   its resolution: Tesseract's size filters and line finding assume the real one
     * @throws IOException when Tesseract fails or takes longer than the page time limit
     */
    public String hocrOf(GrayImage image, int dpi) throws IOException {
        return hocrOf(image, dpi, settings.pageSegMode());
    }

    /** OCRs an image with another page segmentation mode, e.g. 6 (one block of text) for a single table cell. */
    String hocrOf(GrayImage image, int dpi, int pageSegMode) throws IOException {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(settings.language());
        config.setPageSegMode(Integer.toString(pageSegMode));
        // Tika passes preserve_interword_spaces=0 unless told; Thai is written without spaces between words
        // and Tesseract would otherwise invent spacing rules for it
        config.setPreserveInterwordSpacing(true);
        config.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
        config.setTimeoutSeconds((int) Math.max(1, settings.pageTimeout().toSeconds()));
        // a PGM carries no resolution, and Tesseract guesses 70 dpi for such images, which shrinks its size filters
        config.addOtherTesseractConfig("user_defined_dpi", Integer.toString(dpi));
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        ToXMLContentHandler hocr = new ToXMLContentHandler();
        try (InputStream in = TikaInputStream.get(pgm(image))) {
            parser.parse(in, hocr, new Metadata(), context);
        } catch (TikaException | SAXException e) {
            throw new IOException("Tesseract failed: " + e.getMessage(), e);
        }
        return hocr.toString();
    }

    /** Binary PGM: a header and the raw pixels; far cheaper to write than PNG and read by Tesseract's Leptonica. */
    static byte[] pgm(GrayImage image) {
        byte[] header = ("P5\n" + image.width() + " " + image.height() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(header.length + image.pixels().length);
        out.writeBytes(header);
        out.writeBytes(image.pixels());
        return out.toByteArray();
    }
}
