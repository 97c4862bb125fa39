package th.ita.extract;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import th.ita.model.OcrSummary;
import th.ita.model.Problem;

/**
 * What extraction got out of one file, before any Thai repair.
 *
 * @param text      plain text as the extractor delivered it
 * @param xhtml     Tika's XHTML (tables, lists) for formats that have structure; empty for plain text
 * @param mediaType detected media type
 * @param charset   decoded charset, for text formats
 * @param pages     page count when the format has pages
 * @param layout    positioned words per page, for PDFs and OCR'd pages; empty otherwise
 * @param ocr       which pages were OCR'd
 * @param problems  what went wrong without stopping extraction
 */
public record Extraction(
        String text,
        String xhtml,
        String mediaType,
        Optional<String> charset,
        OptionalInt pages,
        List<PageLayout> layout,
        Optional<OcrSummary> ocr,
        List<Problem> problems) {

    /** The same extraction with its text and XHTML replaced, e.g. after Thai repair. */
    public Extraction withText(String newText, String newXhtml) {
        return new Extraction(newText, newXhtml, mediaType, charset, pages, layout, ocr, problems);
    }
}
