package th.ita.extract.ocr;

import java.time.Duration;

/**
 * How scanned pages are read.
 *
 * @param enabled       false turns OCR off: pages without text stay without text (a problem is recorded)
 * @param tesseract     the tesseract program: a name looked up on the PATH or a path to it
 * @param language      Tesseract languages, e.g. {@code tha+eng}
 * @param pageSegMode   Tesseract page segmentation mode (--psm)
 * @param dpi           resolution for PDF pages without a scanned picture, and for images whose resolution neither
 *                      the file nor their size tells; scans are read at their own (see OcrResolution)
 * @param pageTimeout   one page may take this long before it is given up (recorded as a problem)
 * @param parallelPages pages OCR'd at once across all files; each runs one single-threaded Tesseract
 */
public record OcrSettings(boolean enabled, String tesseract, String language, int pageSegMode, int dpi,
                          Duration pageTimeout, int parallelPages) {

    public OcrSettings {
        if (dpi < 50 || dpi > 600) {
            throw new IllegalArgumentException("dpi must be between 50 and 600, was " + dpi);
        }
        if (parallelPages < 1) {
            throw new IllegalArgumentException("parallelPages must be at least 1, was " + parallelPages);
        }
        if (pageSegMode < 0 || pageSegMode > 13) {
            throw new IllegalArgumentException("pageSegMode must be 0-13, was " + pageSegMode);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("pageTimeout must be positive, was " + pageTimeout);
        }
    }

    /** The defaults application.properties documents: measured on the scanned seeds (see BENCHMARKS.md). */
    public static OcrSettings defaults() {
        return new OcrSettings(true, "tesseract", "tha+eng", 3, 200, Duration.ofSeconds(120),
                Runtime.getRuntime().availableProcessors());
    }

    public OcrSettings withTesseract(String program) {
        return new OcrSettings(enabled, program, language, pageSegMode, dpi, pageTimeout, parallelPages);
    }

    public OcrSettings withPageSegMode(int mode) {
        return new OcrSettings(enabled, tesseract, language, mode, dpi, pageTimeout, parallelPages);
    }

    public OcrSettings withDpi(int newDpi) {
        return new OcrSettings(enabled, tesseract, language, pageSegMode, newDpi, pageTimeout, parallelPages);
    }

    public OcrSettings withParallelPages(int pages) {
        return new OcrSettings(enabled, tesseract, language, pageSegMode, dpi, pageTimeout, pages);
    }
}
