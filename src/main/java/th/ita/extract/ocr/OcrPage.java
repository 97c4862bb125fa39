package th.ita.extract.ocr;

import java.util.List;
import java.util.Optional;

import th.ita.extract.PageLayout;
import th.ita.model.Problem;

/**
 * What OCR made of one page.
 *
 * @param layout      the page's words in points, with the table borders found in the image
 * @param text        the page's text in Tesseract's reading order, not yet normalised
 * @param confidences Tesseract's confidence (0-100) of every word it read, for the document's mean
 * @param problem     why the page has no text, when it failed or timed out
 */
public record OcrPage(PageLayout layout, String text, List<Double> confidences, Optional<Problem> problem) {

    /** A page that could not be read: its number and size are kept so page numbering stays right. */
    public static OcrPage failed(int number, double widthPt, double heightPt, Problem problem) {
        return new OcrPage(new PageLayout(number, widthPt, heightPt, List.of(), List.of()), "", List.of(),
                Optional.of(problem));
    }
}
