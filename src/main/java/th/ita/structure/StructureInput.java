package th.ita.structure;

import java.util.List;
import java.util.Objects;

import th.ita.extract.Extraction;
import th.ita.extract.PageLayout;

/**
 * What the structure stage reads for one file.
 *
 * @param text      the whole text, already normalised (for text files the file text, else Tika's plain text)
 * @param xhtml     Tika's XHTML, empty for plain text files
 * @param layout    positioned words per page for PDFs (and OCR'd pages), not yet normalised; empty otherwise
 * @param mediaType detected media type, e.g. {@code application/pdf}
 * @param readByOcr true when some of the text came from OCR: the structure stage then also accepts the
 *                  readings OCR damage calls for (dropped tone marks, misread digits and codes)
 */
public record StructureInput(String text, String xhtml, List<PageLayout> layout, String mediaType, boolean readByOcr) {
    public StructureInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(mediaType, "mediaType");
        layout = List.copyOf(Objects.requireNonNull(layout, "layout"));
    }

    /** Input that did not come through OCR. */
    public StructureInput(String text, String xhtml, List<PageLayout> layout, String mediaType) {
        this(text, xhtml, layout, mediaType, false);
    }

    /** What extraction (after Thai repair) delivered for one file. */
    public static StructureInput of(Extraction extraction) {
        return new StructureInput(extraction.text(), extraction.xhtml(), extraction.layout(), extraction.mediaType(),
                extraction.ocr().isPresent());
    }

    /** A plain text export. */
    public static StructureInput ofText(String text) {
        return new StructureInput(text, "", List.of(), "text/plain");
    }
}
