package th.ita.extract.ocr;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.extract.RulingLine;
import th.ita.model.Problem;

/**
 * Reads one page image: straightens it, finds its table borders, OCRs it and builds its layout and text.
 * Never throws for a page Tesseract cannot read: the page comes back empty with a problem.
 */
public final class ScannedPageReader {

    private static final Logger LOG = LoggerFactory.getLogger(ScannedPageReader.class);

    private final TesseractHocr tesseract;
    private final SkewCorrection skew = new SkewCorrection();
    private final RulingLineDetector rulings = new RulingLineDetector();
    private final HocrReader hocrReader = new HocrReader();
    private final OcrPageBuilder builder = new OcrPageBuilder();
    private final MissedCellText missedCells;

    public ScannedPageReader(TesseractHocr tesseract) {
        this.tesseract = tesseract;
        this.missedCells = new MissedCellText(tesseract);
    }

    /**
     * A page straightened, its table borders found and erased: everything before Tesseract, done ahead of the
     * OCR slots so that they run nothing but Tesseract.
     */
    public record PreparedPage(int number, int dpi, GrayImage straight, List<RulingLine> lines, GrayImage prepared,
                               double degrees, int scannedWidth, int scannedHeight) {
    }

    public OcrPage read(int pageNumber, GrayImage image, int dpi) {
        PreparedPage prepared;
        try {
            prepared = prepare(pageNumber, image, dpi);
        } catch (RuntimeException e) {
            return failed(pageNumber, image, dpi, e);
        }
        return read(prepared);
    }

    /** Straightens the page and finds and erases its table borders; pure computation, no Tesseract. */
    public PreparedPage prepare(int pageNumber, GrayImage image, int dpi) {
        SkewCorrection.Straightened straight = skew.straighten(image);
        List<RulingLine> lines = RunsInsideCells.without(rulings.detect(straight.image(), dpi, image.bilevel()));
        GrayImage prepared = rulings.withoutLines(straight.image(), lines, dpi);
        return new PreparedPage(pageNumber, dpi, straight.image(), lines, prepared, straight.degrees(), image.width(), image.height());
    }

    /** OCRs a prepared page and builds its layout and text. */
    public OcrPage read(PreparedPage page) {
        int dpi = page.dpi();
        try {
            HocrPage hocr = hocrReader.read(tesseract.hocrOf(page.prepared(), dpi));
            if (hocr.width() == 0) {
                hocr = new HocrPage(page.straight().width(), page.straight().height(), hocr.lines());
            }
            List<CellPixels> cells = CellPixels.of(page.lines(), dpi);
            if (!cells.isEmpty()) {
                // both look for ink no word covers, against one threshold; a page without ruled cells needs none
                int threshold = page.prepared().inkThreshold();
                hocr = missedCells.completed(hocr, page.prepared(), cells, threshold, dpi);
                hocr = LostDashes.added(hocr, page.prepared(), cells, threshold, dpi);
            }
            LOG.debug("page [{}]: turned [{}] degrees, [{}] ruling lines, [{}] lines of text", page.number(),
                    page.degrees(), page.lines().size(), hocr.lines().size());
            return builder.build(page.number(), hocr, dpi, page.lines());
        } catch (OcrInterruptedException stopping) {
            throw stopping;
        } catch (IOException | RuntimeException e) {
            return failed(page.number(), page.scannedWidth(), page.scannedHeight(), dpi, e);
        }
    }

    /** The page as failed, its problem recorded, when it could not even be prepared. */
    static OcrPage failed(int pageNumber, GrayImage image, int dpi, Exception e) {
        return failed(pageNumber, image.width(), image.height(), dpi, e);
    }

    private static OcrPage failed(int pageNumber, int width, int height, int dpi, Exception e) {
        double scale = 72.0 / dpi;
        String timeout = e.getMessage() != null && e.getMessage().toLowerCase().contains("timeout") ? "OCR_PAGE_TIMEOUT"
                : "OCR_PAGE_FAILED";
        LOG.warn("OCR of page [{}] failed, the page stays without text: [{}]", pageNumber, e.getMessage());
        return OcrPage.failed(pageNumber, width * scale, height * scale,
                Problem.of(timeout, "Page " + pageNumber + " could not be OCR'd: " + e.getMessage()));
    }
}
