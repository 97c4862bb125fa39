package th.ita.extract.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.extract.Extraction;
import th.ita.extract.PageLayout;
import th.ita.model.Problem;

/**
 * Completes an extraction with OCR where the file's text is in pictures: every frame of an image file, the
 * pages of a PDF whose text layer is missing or garbage, and the pictures of a DOCX that holds almost no text.
 * OCR'd pages replace their page's layout (so tables are rebuilt from the scan) and their text.
 * When OCR is needed but not installed, throws {@link OcrUnavailableException} so the file can wait for it.
 */
public final class ScanReader {

    private static final Logger LOG = LoggerFactory.getLogger(ScanReader.class);
    /** A DOCX with less text than this whose pictures are OCR'd: the report is in the pictures. */
    static final int DOCX_MIN_TEXT_CHARS = 200;

    private final OcrSettings settings;
    private final TesseractInstallation installation;
    private final Optional<DocumentOcr> ocr;
    private final TextLayerCheck textLayer = new TextLayerCheck();

    /**
     * @param ocr the page OCR, empty when OCR is switched off or not installed
     */
    public ScanReader(OcrSettings settings, TesseractInstallation installation, Optional<DocumentOcr> ocr) {
        // ImageIO's disk cache registers temp files with deleteOnExit, which throws once shutdown has begun: a scan
        // still being OCR'd after Ctrl-C would lose its pages. Decoding page images in memory avoids that.
        ImageIO.setUseCache(false);
        this.settings = settings;
        this.installation = installation;
        this.ocr = ocr;
    }

    public Extraction complete(Extraction extraction, Path file, String fileName) {
        String type = extraction.mediaType();
        if (type.startsWith("image/")) {
            return ocrImage(extraction, file, fileName);
        }
        if (type.equals("application/pdf")) {
            return ocrPdfPages(extraction, file, fileName);
        }
        if (type.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
            return ocrDocxPictures(extraction, file, fileName);
        }
        return withNoTextProblem(extraction);
    }

    private Extraction ocrImage(Extraction extraction, Path file, String fileName) {
        DocumentOcr reader = requireOcr(extraction, fileName);
        if (reader == null) {
            return withNoTextProblem(extraction);
        }
        try (ImageFilePages pages = new ImageFilePages(file, settings.dpi())) {
            DocumentOcr.Result result = reader.read(fileName, pages, IntStream.rangeClosed(1, pages.count()).boxed().toList());
            return merged(extraction, result, List.of(), pages.count(), n -> "");
        } catch (IOException e) {
            return withProblem(extraction, Problem.of("OCR_IMAGE_UNREADABLE", "The image could not be decoded for OCR: " + e.getMessage()));
        }
    }

    private Extraction ocrPdfPages(Extraction extraction, Path file, String fileName) {
        if (everyPageHasUsableText(extraction)) {
            // the common case, a PDF exported from Word: decided from the word positions already read, without
            // loading the PDF a third time
            return withNoTextProblem(extraction);
        }
        try (PdfPages pages = new PdfPages(file, settings.dpi())) {
            List<Integer> scanned = new ArrayList<>();
            List<Problem> junk = new ArrayList<>();
            for (int n = 1; n <= pages.count(); n++) {
                PageLayout layout = n <= extraction.layout().size() ? extraction.layout().get(n - 1) : null;
                TextLayerCheck.Reading reading = layout != null ? textLayer.read(layout)
                        : new TextLayerCheck.Reading(extraction.text().isBlank() ? TextLayerCheck.Verdict.NO_TEXT
                        : TextLayerCheck.Verdict.USABLE, "");
                if (reading.verdict() == TextLayerCheck.Verdict.JUNK) {
                    // junk text over a scan, or Thai drawn in a font with no Unicode map: either way the page shows
                    // what its text layer does not say, and only reading the rendered page recovers it
                    scanned.add(n);
                    junk.add(Problem.of("TEXT_LAYER_JUNK", "Page " + n + "'s text layer holds no plausible Thai or English: "
                            + reading.why() + "; the page was read with OCR instead"));
                } else if (reading.verdict() == TextLayerCheck.Verdict.NO_TEXT && pages.hasImages(n)) {
                    scanned.add(n);
                }
            }
            if (scanned.isEmpty()) {
                return withNoTextProblem(extraction);
            }
            DocumentOcr reader = requireOcr(extraction, fileName);
            if (reader == null) {
                return withNoTextProblem(extraction);
            }
            LOG.info("PDF [{}]: pages {} have no usable text layer; reading them with OCR", fileName, scanned);
            DocumentOcr.Result result = reader.read(fileName, pages, scanned);
            Extraction merged = merged(extraction, result, extraction.layout(), pages.count(), n -> pages.textOf(n));
            for (Problem problem : junk) {
                merged = withProblem(merged, problem);
            }
            return merged;
        } catch (IOException e) {
            return withProblem(extraction, Problem.of("OCR_UNAVAILABLE_FOR_FILE", "The PDF's pages could not be rendered for OCR: " + e.getMessage()));
        }
    }

    private boolean everyPageHasUsableText(Extraction extraction) {
        List<PageLayout> layout = extraction.layout();
        int pageCount = extraction.pages().orElse(layout.size());
        return pageCount > 0 && layout.size() == pageCount && layout.stream().allMatch(textLayer::usable);
    }

    private Extraction ocrDocxPictures(Extraction extraction, Path file, String fileName) {
        if (extraction.text().replaceAll("\\s+", "").length() >= DOCX_MIN_TEXT_CHARS) {
            return extraction;
        }
        List<byte[]> pictures = docxPictures(file);
        if (pictures.isEmpty()) {
            return withNoTextProblem(extraction);
        }
        DocumentOcr reader = requireOcr(extraction, fileName);
        if (reader == null) {
            return withNoTextProblem(extraction);
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("ita-docx-pictures-");
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < pictures.size(); i++) {
                files.add(Files.write(folder.resolve("picture-" + (i + 1)), pictures.get(i)));
            }
            try (PictureFilesPages pages = new PictureFilesPages(files, settings.dpi())) {
                DocumentOcr.Result result = reader.read(fileName, pages, IntStream.rangeClosed(1, pages.count()).boxed().toList());
                Extraction ocred = merged(extraction, result, List.of(), pages.count(), n -> "");
                String text = (extraction.text().strip() + "\n\n" + ocred.text()).strip();
                return new Extraction(text, extraction.xhtml(), extraction.mediaType(), extraction.charset(),
                        extraction.pages(), ocred.layout(), ocred.ocr(), ocred.problems());
            }
        } catch (IOException e) {
            return withProblem(extraction, Problem.of("OCR_IMAGE_UNREADABLE", "The DOCX pictures could not be read for OCR: " + e.getMessage()));
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Page texts and layouts in page order: OCR'd pages from OCR, the others from the text layer. */
    private Extraction merged(Extraction extraction, DocumentOcr.Result result, List<PageLayout> textLayouts,
                              int pageCount, PageText textLayerPage) throws IOException {
        List<PageLayout> layout = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean allOcred = result.pages().size() == pageCount;
        for (int n = 1; n <= pageCount; n++) {
            OcrPage page = result.pages().get(n);
            if (page != null) {
                layout.add(page.layout());
                text.append(page.text());
            } else {
                if (n <= textLayouts.size()) {
                    layout.add(textLayouts.get(n - 1));
                }
                if (!allOcred) {
                    text.append(textLayerPage.of(n)).append("\n\n");
                }
            }
        }
        layout.sort(Comparator.comparingInt(PageLayout::number));
        List<Problem> problems = new ArrayList<>(extraction.problems());
        problems.addAll(result.problems());
        if (text.toString().isBlank()) {
            problems.add(noText());
        }
        // Tika's XHTML of a scan holds nothing but the pictures; structure reads the OCR'd layout instead
        String xhtml = result.pages().isEmpty() ? extraction.xhtml() : "";
        return new Extraction(text.toString(), xhtml, extraction.mediaType(), extraction.charset(),
                java.util.OptionalInt.of(pageCount), List.copyOf(layout), Optional.of(result.summary()), List.copyOf(problems));
    }

    @FunctionalInterface
    private interface PageText {
        String of(int page) throws IOException;
    }

    /** The OCR reader, or null when OCR is switched off; throws when OCR is on but cannot run here. */
    private DocumentOcr requireOcr(Extraction extraction, String fileName) {
        if (!settings.enabled()) {
            return null;
        }
        return ocr.orElseThrow(() -> new OcrUnavailableException(fileName,
                installation.missing().orElse("OCR is not set up")));
    }

    private static List<byte[]> docxPictures(Path file) {
        List<byte[]> pictures = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> media = zip.stream()
                    .filter(e -> e.getName().startsWith("word/media/"))
                    .filter(e -> e.getName().toLowerCase().matches(".*\\.(png|jpe?g|tiff?|bmp|gif)$"))
                    .sorted(Comparator.comparing(e -> pictureOrder(e.getName())))
                    .toList();
            for (ZipEntry entry : media) {
                pictures.add(zip.getInputStream(entry).readAllBytes());
            }
        } catch (IOException e) {
            LOG.debug("no pictures read from [{}]: [{}]", file, e.toString());
        }
        return pictures;
    }

    /** image2.png before image10.png, as Word numbers them in the order they were inserted. */
    private static String pictureOrder(String name) {
        String digits = name.replaceAll("\\D", "");
        return "%012d".formatted(digits.isEmpty() ? 0 : Long.parseLong(digits.substring(0, Math.min(12, digits.length())))) + name;
    }

    private static Extraction withNoTextProblem(Extraction extraction) {
        return extraction.text().isBlank() && extraction.problems().stream().noneMatch(p -> p.code().equals("NO_TEXT"))
                ? withProblem(extraction, noText()) : extraction;
    }

    private static Problem noText() {
        return Problem.of("NO_TEXT", "The document has no text, and OCR is switched off (ita.ocr.enabled) or found none.");
    }

    private static Extraction withProblem(Extraction extraction, Problem problem) {
        List<Problem> problems = new ArrayList<>(extraction.problems());
        problems.add(problem);
        return new Extraction(extraction.text(), extraction.xhtml(), extraction.mediaType(), extraction.charset(),
                extraction.pages(), extraction.layout(), extraction.ocr(), List.copyOf(problems));
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("temporary folder [{}] left behind: [{}]", folder, e.toString());
        }
    }
}
