package th.ita.structure;

import java.util.List;
import java.util.Optional;

import th.ita.model.Measure;
import th.ita.model.Section;

/**
 * How the body reader reads what a table or heading says: as written, or through {@link OcrReadings}, the one
 * policy for OCR'd input, which repairs what OCR damages (specks, misread digits and codes, lost numbers) with the
 * catalogue's and the document's help and records each repair as a problem. The body reader asks the same
 * questions of every source; only the answers differ.
 */
interface CellReadings {

    /** Reads everything as written: text layers, Office files, text exports. */
    CellReadings AS_WRITTEN = new CellReadings() {
    };

    static CellReadings of(boolean readByOcr, ItaCatalogue catalogue) {
        return readByOcr ? new OcrReadings(catalogue) : AS_WRITTEN;
    }

    /** Whether the input came from OCR, for readers that take it as a flag. */
    default boolean readByOcr() {
        return false;
    }

    /** A table row's cells. */
    default List<String> row(List<String> written) {
        return written;
    }

    /** Whether a table row, read as {@link #row}, is a header naming the table's columns. */
    default boolean header(List<String> written) {
        return TableColumns.ofHeader(row(written)).isPresent();
    }

    /** A measure's title cell, its code at the start. */
    default String measureTitle(String cell) {
        return cell;
    }

    /** A section number as read, given the sections before it. */
    default String sectionNumber(String read, List<Section> before, ProblemLog problems) {
        return read;
    }

    /** A heading line whose number could not be read at all, given the sections before it. */
    default Optional<Section> unnumberedHeading(String line, List<Section> before, ProblemLog problems) {
        return Optional.empty();
    }

    /** A measure's code as read, in the section it sits in. */
    default String measureCode(String code, String section, ProblemLog problems) {
        return code;
    }

    /** A measure's code and its title without it. */
    record CodedTitle(String code, String title) {
    }

    /**
     * A measure title whose code could not be read, in {@code section} after the measure coded {@code before}
     * there (empty for the section's first): its code and title when the code can be told from them.
     */
    default Optional<CodedTitle> unreadCode(String title, String section, String before, ProblemLog problems) {
        return Optional.empty();
    }

    /** An indicator row's cells, its O-item codes in the issues column. */
    default List<String> indicatorRow(List<String> row, TableColumns columns, Optional<Integer> year, ProblemLog problems) {
        return row;
    }

    /** A cell's text, or empty when it holds nothing readable. */
    default String readable(String cell) {
        return cell;
    }

    /** The document's finished measures, their dates checked against the fiscal year. */
    default List<Measure> measures(List<Measure> measures, Optional<Integer> fiscalYearBe, ProblemLog problems) {
        return measures;
    }

    /** The number the next section should have: one more than the last, "1" for the first. */
    static String nextSectionNumber(List<Section> before) {
        if (before.isEmpty()) {
            return "1";
        }
        String last = before.get(before.size() - 1).number();
        return last.matches("\\d+") ? String.valueOf(Integer.parseInt(last) + 1) : "";
    }
}
