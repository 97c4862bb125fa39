package th.ita.model;

import java.util.List;
import java.util.Optional;

/**
 * A table of the document, kept whole whether or not any rule understood it. A table continued on the next
 * pages (its header repeated or not) is one table.
 *
 * @param number  1-based place among the report's tables, as units refer to it
 * @param pages   1-based pages the table spans, when the source has pages
 * @param caption the text just above the table, when short enough to be its caption
 * @param header  the column headers (header rows stacked with " / "), empty when the table has no header row
 * @param rows    the rows below the header, in order
 */
public record ReportTable(int number, List<Integer> pages, Optional<String> caption, List<String> header,
                          List<TableRow> rows) {
    public ReportTable {
        pages = pages == null ? List.of() : List.copyOf(pages);
        caption = caption == null ? Optional.empty() : caption;
        header = header == null ? List.of() : List.copyOf(header);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
