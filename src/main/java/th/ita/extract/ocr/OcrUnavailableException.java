package th.ita.extract.ocr;

/**
 * A file needs OCR (it is a scan, or some of its pages are) but Tesseract or its Thai data is not installed.
 * The file is not bad: the route shelves it in {@code needs-ocr/} until OCR is available, instead of failing it.
 */
public class OcrUnavailableException extends RuntimeException {

    private final String reason;

    public OcrUnavailableException(String fileName, String reason) {
        super("'" + fileName + "' needs OCR, which is not available: " + reason);
        this.reason = reason;
    }

    /** Why OCR is not available, as the start-up check found it. */
    public String reason() {
        return reason;
    }
}
