package th.ita.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

import th.ita.extract.ocr.ScanReader;
import th.ita.model.Problem;

/**
 * Reads one file into text and XHTML with Apache Tika, refusing what cannot be a report. Thread-safe: the Tika
 * parser is shared, each call gets its own handlers and context.
 */
public final class TikaReportExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(TikaReportExtractor.class);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String DOC = "application/msword";

    private final ExtractionLimits limits;
    private final AutoDetectParser parser;
    private final TextFileDecoder textDecoder = new TextFileDecoder();
    private final PdfLayoutReader layoutReader = new PdfLayoutReader();
    private final OfficeTableSpans officeSpans = new OfficeTableSpans();
    private final ContainerChecks containerChecks;
    private final ScanReader scans;

    /**
     * @param scans completes what Tika read with OCR of scanned pages and pictures
     */
    public TikaReportExtractor(ExtractionLimits limits, ScanReader scans) {
        this.limits = limits;
        this.scans = scans;
        this.containerChecks = new ContainerChecks(limits.maxExpandedBytes());
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        // PDFs go to the parser that also reads word positions from the document it loads, instead of a second load
        Map<MediaType, Parser> parsers = new HashMap<>(parser.getParsers());
        parsers.put(MediaType.application("pdf"), new LayoutReadingPdfParser());
        parser.setParsers(parsers);
    }

    /**
     * Extracts one file.
     *
     * @param file     the file to read
     * @param fileName the name it was dropped under; its extension says what the file claims to be
     * @throws RejectedFileException when the file cannot be a report at all
     * @throws th.ita.extract.ocr.OcrUnavailableException when the file needs OCR and OCR is not installed
     */
    public Extraction extract(Path file, String fileName) {
        long size = sizeOf(file);
        if (size == 0) {
            throw new RejectedFileException(RejectionReason.EMPTY_FILE, "The file is empty (0 bytes).");
        }
        if (size > limits.maxFileBytes()) {
            throw new RejectedFileException(RejectionReason.TOO_LARGE, "The file is %,d bytes; the limit is %,d bytes (ita.max-file-size-mb)."
                    .formatted(size, limits.maxFileBytes()));
        }
        String extension = SupportedFormats.extensionOf(fileName).orElse("");
        if (!SupportedFormats.isSupported(extension)) {
            throw new RejectedFileException(RejectionReason.UNSUPPORTED_TYPE,
                    "Files of type '." + extension + "' are not read; supported: " + SupportedFormats.extensions() + ".");
        }
        String mediaType = detect(file, fileName);
        if (!SupportedFormats.accepts(extension, mediaType)) {
            throw new RejectedFileException(RejectionReason.MEDIA_TYPE_MISMATCH,
                    "The file is named '." + extension + "' but its content is " + mediaType + ".");
        }
        if (mediaType.equals("application/pdf")) {
            containerChecks.checkPdfComplete(file);
        } else if (SupportedFormats.isZipContainer(extension)) {
            containerChecks.checkZipExpansion(file);
        }
        return SupportedFormats.isPlainText(extension)
                ? extractPlainText(file, mediaType)
                : extractWithTika(file, fileName, mediaType);
    }

    /**
     * Refuses a file the inbox does not read; the route for unsupported files calls only this, so such a file can
     * never pass through it unrecorded.
     */
    public Extraction refuseUnsupported(String fileName) {
        String extension = SupportedFormats.extensionOf(fileName).orElse("");
        throw new RejectedFileException(RejectionReason.UNSUPPORTED_TYPE,
                "Files of type '." + extension + "' are not read; supported: " + SupportedFormats.extensions() + ".");
    }

    private Extraction extractPlainText(Path file, String mediaType) {
        byte[] bytes = readAll(file);
        TextFileDecoder.DecodedText decoded = textDecoder.decode(bytes);
        List<Problem> problems = new ArrayList<>();
        String text = decoded.text();
        if (text.length() > limits.maxTextChars()) {
            text = text.substring(0, limits.maxTextChars());
            problems.add(truncated());
        }
        return new Extraction(text, "", mediaType, Optional.of(decoded.charset().name()), OptionalInt.empty(),
                List.of(), Optional.empty(), List.copyOf(problems));
    }

    private Extraction extractWithTika(Path file, String fileName, String mediaType) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        // detected once already, before the checks: the parser takes the type instead of reading the file again
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, mediaType);
        BodyContentHandler text = new BodyContentHandler(-1);
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        // one limit over both outputs: a handler that counts characters and stops the parse when exceeded
        WriteOutContentHandler bounded = new WriteOutContentHandler(
                new TeeContentHandler(text, xhtml), limits.maxTextChars());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        // OCR is decided page by page by ScanReader; Tika's own AUTO strategy misses garbage text layers
        // and its plain-text output loses the word boxes tables are rebuilt from
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        LayoutReadingPdfParser.Layout pdfLayout = new LayoutReadingPdfParser.Layout(layoutReader, fileName);
        context.set(LayoutReadingPdfParser.Layout.class, pdfLayout);
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, bounded, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new RejectedFileException(RejectionReason.ENCRYPTED, "The document is password-protected: " + e.getMessage(), e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw classify(e);
            }
            problems.add(truncated());
        } catch (TikaException | IOException | RuntimeException e) {
            throw classify(e);
        }
        String body = text.toString();
        List<PageLayout> layout = List.of();
        if (mediaType.equals("application/pdf")) {
            pdfLayout.problem().ifPresent(problems::add);
            layout = pdfLayout.pages().orElseGet(() -> layoutOf(file, problems));
        }
        LOG.debug("Extracted [{}] chars from [{}] as [{}]", body.length(), fileName, mediaType);
        String structured = mediaType.equals(DOCX) || mediaType.equals(DOC)
                ? withMergedCells(file, mediaType, xhtml.toString(), problems) : xhtml.toString();
        return scans.complete(new Extraction(body, structured, mediaType, Optional.empty(), pagesOf(metadata),
                layout, Optional.empty(), List.copyOf(problems)), file, fileName);
    }

    /** Tika's XHTML of Word files loses merged cells; without them the tables still read, so a failure is a problem. */
    private String withMergedCells(Path file, String mediaType, String xhtml, List<Problem> problems) {
        try {
            List<OfficeTableSpans.Table> model = mediaType.equals(DOCX) ? new DocxTableModel().read(file)
                    : new DocTableModel().read(file);
            return officeSpans.addSpans(model, xhtml);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Merged cells of [{}] not read [{}], tables kept as Tika gave them", file.getFileName(), e.getMessage());
            problems.add(Problem.of("MERGED_CELLS_UNREADABLE", "Merged table cells could not be read: " + e.getMessage()));
            return xhtml;
        }
    }

    /** Word positions let tables be rebuilt; without them the text still stands, so a failure is only a problem. */
    private List<PageLayout> layoutOf(Path pdf, List<Problem> problems) {
        try {
            return layoutReader.read(pdf);
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of("LAYOUT_UNAVAILABLE", "Word positions could not be read: " + e.getMessage()));
            return List.of();
        }
    }

    private String detect(Path file, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(file)) {
            return parser.getDetector().detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new RejectedFileException(RejectionReason.UNREADABLE, "The file could not be read: " + e.getMessage(), e);
        }
    }

    private static RejectedFileException classify(Exception e) {
        String chain = messagesOf(e);
        if (chain.toLowerCase().contains("zip bomb") || chain.contains("SecureSAXException")) {
            return new RejectedFileException(RejectionReason.ZIP_BOMB,
                    "The file expands to far more than it holds (zip bomb protection): " + e.getMessage(), e);
        }
        if (hasCause(e, EncryptedDocumentException.class)) {
            return new RejectedFileException(RejectionReason.ENCRYPTED, "The document is password-protected.", e);
        }
        return new RejectedFileException(RejectionReason.CORRUPT, "The document could not be parsed: " + chain, e);
    }

    private static String messagesOf(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 600; t = t.getCause()) {
            if (!chain.isEmpty()) {
                chain.append(" <- ");
            }
            chain.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return chain.toString();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static OptionalInt pagesOf(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return pages == null ? OptionalInt.empty() : OptionalInt.of(pages);
    }

    private static Problem truncated() {
        return Problem.of("TEXT_TRUNCATED", "The text was cut at the character limit (ita.max-text-chars).");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new RejectedFileException(RejectionReason.UNREADABLE, "The file could not be read: " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RejectedFileException(RejectionReason.UNREADABLE, "The file could not be read: " + e.getMessage(), e);
        }
    }
}
