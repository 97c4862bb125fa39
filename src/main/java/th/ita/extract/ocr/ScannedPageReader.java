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

    public OcrPage read(int pageNumber, GrayImage image, int dpi) {
        double scale = 72.0 / dpi;
        try {
            SkewCorrection.Straightened straight = skew.straighten(image);
            List<RulingLine> lines = rulings.detect(straight.image(), dpi, image.bilevel());
            GrayImage prepared = rulings.withoutLines(straight.image(), lines, dpi);
            HocrPage hocr = hocrReader.read(tesseract.hocrOf(prepared, dpi));
            if (hocr.width() == 0) {
                hocr = new HocrPage(straight.image().width(), straight.image().height(), hocr.lines());
            }
            hocr = missedCells.completed(hocr, prepared, lines, dpi);
            LOG.debug("page [{}]: turned [{}] degrees, [{}] ruling lines, [{}] lines of text", pageNumber,
                    straight.degrees(), lines.size(), hocr.lines().size());
            return builder.build(pageNumber, hocr, dpi, lines);
        } catch (OcrInterruptedException stopping) {
            throw stopping;
        } catch (IOException | RuntimeException e) {
            String timeout = e.getMessage() != null && e.getMessage().toLowerCase().contains("timeout") ? "OCR_PAGE_TIMEOUT"
                    : "OCR_PAGE_FAILED";
            LOG.warn("OCR of page [{}] failed, the page stays without text: [{}]", pageNumber, e.getMessage());
            return OcrPage.failed(pageNumber, image.width() * scale, image.height() * scale,
                    Problem.of(timeout, "Page " + pageNumber + " could not be OCR'd: " + e.getMessage()));
        }
    }
}
