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
 */
public record StructureInput(String text, String xhtml, List<PageLayout> layout, String mediaType) {
    public StructureInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(mediaType, "mediaType");
        layout = List.copyOf(Objects.requireNonNull(layout, "layout"));
    }

    /** What extraction (after Thai repair) delivered for one file. */
    public static StructureInput of(Extraction extraction) {
        return new StructureInput(extraction.text(), extraction.xhtml(), extraction.layout(), extraction.mediaType());
    }

    /** A plain text export. */
    public static StructureInput ofText(String text) {
        return new StructureInput(text, "", List.of(), "text/plain");
    }
}
