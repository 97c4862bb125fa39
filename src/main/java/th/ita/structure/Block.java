package th.ita.structure;

import java.util.List;

/**
 * One piece of a document in reading order: the common form that text exports, XHTML and positioned PDF (or
 * OCR) words are all turned into, so the report heuristics run the same whatever format the report came in.
 */
sealed interface Block permits Block.Paragraph, Block.Table {

    /** Running text outside tables; lines kept apart with '\n'. */
    record Paragraph(String text) implements Block {
    }

    /**
     * A table as rows of cells. A cell's text keeps the breaks the source made explicit (paragraphs, list
     * items, line breaks) as '\n'; text exports may also leave HTML fragments in it, which {@link CellItems}
     * understands. {@code pages} are the 1-based pages the rows were read from, empty when the source has none.
     */
    record Table(List<List<String>> rows, List<Integer> pages) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
            pages = List.copyOf(pages);
        }

        /** A table from a source without pages (text, XHTML). */
        public Table(List<List<String>> rows) {
            this(rows, List.of());
        }
    }
}
