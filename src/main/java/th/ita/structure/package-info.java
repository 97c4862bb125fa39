/**
 * Turns a report's normalised text, XHTML or positioned words into the structured record: memo header, sections,
 * measures, indicators, every table and the units of any table whose header says what its rows are.
 *
 * <h2>Tables and units</h2>
 * Every reader turns its input into {@link th.ita.structure.Block}s; {@code DocumentTables} keeps each
 * {@code Block.Table} as a report table (header found, stacked header rows joined, group heading rows marked,
 * continuation over pages joined) and {@code TableUnits} reads units from the tables whose header the vocabulary
 * understands. {@code CheckboxLists} reads ticked box lists in running text.
 *
 * <h2>Adding a table layout</h2>
 * The header words are data, in {@code src/main/resources/table-vocabulary.json}; a new layout is a change there
 * and a test, not new code:
 * <ol>
 * <li>If its rows are a kind already known (measure, indicator, risk, complaint, checklist-item), add the word its
 *     title column uses to that kind's {@code titles}; a kind is also recognised by two of its {@code evidence}
 *     columns (a risk table's โอกาส and ผลกระทบ).</li>
 * <li>Add any new column name of a field (responsible, period, budget, target, result, status, code) to
 *     {@code fields}, a new group heading opening (กลยุทธ์, ด้าน…) to {@code groupHeadings}, a new box glyph to
 *     {@code tickMarks} or {@code boxMarks}.</li>
 * <li>A new kind of row needs a value in {@link th.ita.model.UnitKind} and an entry in {@code kinds}: its
 *     {@code requiresField} (at least one of these columns must be present, so forms and name lists yield
 *     nothing) and, when an empty table is a blank form, its {@code filledField}.</li>
 * <li>Add a test with the table's header and two rows to {@code TableUnitsTest}, and a real document with it to
 *     {@code RealTableUnitsTest} when one can be committed; check that the negative documents there still yield
 *     no units.</li>
 * </ol>
 * The ITA measures and indicators tables ({@link th.ita.structure.TableColumns}) read their columns from the
 * same file's {@code measureAndIndicatorColumns}; their rows fill the report's measures and indicators, and those
 * tables give no other units.
 */
package th.ita.structure;
