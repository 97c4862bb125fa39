package th.ita.model;

/**
 * One cell of a table row.
 *
 * @param header the column's header as written (header rows stacked with " / "), empty when the table has none
 * @param text   the cell as written, breaks inside the cell kept as '\n'
 */
public record TableCell(String header, String text) {
    public TableCell {
        header = header == null ? "" : header;
        text = text == null ? "" : text;
    }
}
