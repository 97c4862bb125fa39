package th.ita.extract.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The resolution a scanned page is OCR'd at: its own, kept within the range where Tesseract reads Thai well and
 * fast. A coarser scan is enlarged (Tesseract misreads Thai marks whose letters are under about 20 pixels high),
 * a finer one reduced (it costs time in proportion to its pixels and reads no better above 300 dpi).
 * Reading a page at its own resolution keeps one scanned pixel one pixel: a thin border resampled between
 * resolutions turns into a faint grey line.
 */
final class OcrResolution {

    static final int MIN_DPI = 200;
    static final int MAX_DPI = 300;

    private OcrResolution() {
    }

    /** The resolution to read a page scanned at {@code scannedDpi} at. */
    static int forScan(double scannedDpi) {
        return (int) Math.round(Math.max(MIN_DPI, Math.min(MAX_DPI, scannedDpi)));
    }

    /** The page resampled from its scanned resolution to {@code dpi}; the page itself when they agree. */
    static GrayImage resampled(GrayImage page, int scannedDpi, int dpi) {
        if (scannedDpi == dpi) {
            return page;
        }
        int width = Math.max(1, (int) Math.round(page.width() * (double) dpi / scannedDpi));
        int height = Math.max(1, (int) Math.round(page.height() * (double) dpi / scannedDpi));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(page.image(), 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return new GrayImage(out);
    }
}
