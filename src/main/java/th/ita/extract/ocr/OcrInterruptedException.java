package th.ita.extract.ocr;

/**
 * OCR was stopped because the pipeline is stopping, not because the page is bad. It is never recorded as a page
 * problem: the file it belongs to is put back to be read whole on the next start.
 */
public final class OcrInterruptedException extends RuntimeException {

    public OcrInterruptedException(String message) {
        super(message);
    }
}
