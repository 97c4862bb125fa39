package th.ita.extract.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's pages rendered grey for OCR, plus what a page holds without rendering it. A scanned page is rendered at
 * the resolution of the scan it holds (see {@link OcrResolution}), so each scanned pixel stays one pixel; a page
 * without a picture (text in a font without a Unicode map) at the configured resolution.
 */
public final class PdfPages implements PageImages {

    private final PDDocument document;
    private final GreyPictureRenderer renderer;
    private final int defaultDpi;
    private final Map<Integer, Integer> dpis = new HashMap<>();

    public PdfPages(Path pdf, int defaultDpi) throws IOException {
        this.document = Loader.loadPDF(pdf.toFile());
        this.renderer = new GreyPictureRenderer(document);
        this.defaultDpi = defaultDpi;
    }

    @Override
    public int count() {
        return document.getNumberOfPages();
    }

    @Override
    public GrayImage render(int number) throws IOException {
        return GrayImage.of(renderer.renderImageWithDPI(number - 1, dpi(number), ImageType.GRAY));
    }

    @Override
    public int dpi(int number) {
        return dpis.computeIfAbsent(number, n -> {
            double scanned = ScanImageResolution.of(document.getPage(n - 1));
            return scanned > 0 ? OcrResolution.forScan(scanned) : defaultDpi;
        });
    }

    /** Whether the page draws any image: a page without one and without text is blank, not a scan. */
    public boolean hasImages(int number) {
        PDPage page = document.getPage(number - 1);
        return holdsImage(page.getResources(), 0);
    }

    /** The text layer of one page, as PDFBox reads it. */
    public String textOf(int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(document);
    }

    private static boolean holdsImage(PDResources resources, int depth) {
        if (resources == null || depth > 5) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject) {
                    return true;
                }
                if (x instanceof PDFormXObject form && holdsImage(form.getResources(), depth + 1)) {
                    return true;
                }
            } catch (IOException e) {
                // an unreadable object may well be the scan: count it as an image
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
