package th.ita.model;

/**
 * Where a unit was read.
 *
 * @param table the table's {@link ReportTable#number()}, 0 for a list outside any table
 * @param row   0-based index into that table's rows (or the line's place in the list)
 */
public record UnitSource(int table, int row) {
}
