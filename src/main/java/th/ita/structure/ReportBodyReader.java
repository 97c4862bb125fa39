package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.OitItem;
import th.ita.model.Period;
import th.ita.model.Problem;
import th.ita.model.Section;
import th.ita.normalize.ThaiDigits;
import th.ita.structure.TableColumns.Field;
import th.ita.structure.TableColumns.Kind;

/**
 * Walks the blocks of a report body: numbered headings that precede a table become sections, measures
 * tables become measures and indicators tables become indicators. Tables continue across pages: a repeated
 * header starts no new row and a row with an empty first cell continues the row above.
 */
final class ReportBodyReader {

    /** What the body holds. */
    record Body(List<Section> sections, List<Measure> measures, List<Indicator> indicators) {
    }

    private static final Pattern HEADING = Pattern.compile("^([0-9๐-๙]{1,2})\\s*[.)]\\s*(?![0-9๐-๙])(\\S.{0,200})$");
    /** The longest line taken as the end of a heading the page wrapped. */
    private static final int WRAPPED_HEADING_TAIL = 40;
    private static final Pattern HEADING_TAIL_EXCLUDED = Pattern.compile("[:：]|ดังนี้|^[0-9๐-๙(\\-•]|[0-9๐-๙]{1,2}\\s*[.)]\\s*$|^หน้า");
    private static final Pattern OPENS_WITH_DIGIT = Pattern.compile("\\s*[0-9๐-๙]");
    private static final Pattern MEASURE_CODE = Pattern.compile(
            "^([0-9๐-๙]{1,2}(?:\\s?\\.\\s?[0-9๐-๙]{1,2})+)\\.?\\s*(.*)$", Pattern.DOTALL);

    private final ItaCatalogue catalogue;
    private final IndicatorCellReader indicatorCells;
    private final CellReadings ocrReadings;

    ReportBodyReader(ItaCatalogue catalogue) {
        this.catalogue = catalogue;
        this.indicatorCells = new IndicatorCellReader(catalogue);
        this.ocrReadings = new OcrReadings(catalogue);
    }

    /**
     * @param readByOcr the blocks came from OCR: damaged numbers, names and codes are read with the
     *                  catalogue's help (each such reading is recorded as a problem)
     */
    Body read(List<Block> blocks, Optional<Integer> fiscalYearBe, boolean readByOcr, ProblemLog problems) {
        CellReadings readings = readByOcr ? ocrReadings : CellReadings.AS_WRITTEN;
        Walk walk = new Walk(fiscalYearBe, readings, problems);
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                walk.paragraph(p);
            } else if (block instanceof Block.Table t) {
                walk.table(t);
            }
        }
        walk.finish();
        List<Measure> measures = readings.measures(walk.measures.stream().map(MeasureDraft::build).toList(),
                fiscalYearBe, problems);
        return new Body(List.copyOf(walk.sections), measures,
                walk.indicators.stream().map(IndicatorDraft::build).toList());
    }

    private final class Walk {
        final Optional<Integer> year;
        final CellReadings readings;
        final ProblemLog problems;
        final List<Section> sections = new ArrayList<>();
        final List<MeasureDraft> measures = new ArrayList<>();
        final List<IndicatorDraft> indicators = new ArrayList<>();
        Section candidate;
        /** Lines read since the candidate heading: only the first may be its wrapped end. */
        int linesAfterCandidate;
        Section current;
        TableColumns columns;
        /** The last row read, held back until the next table shows whether it goes on there. */
        List<String> splitRow;
        boolean splitRowOpensTable;
        int tableNumber;

        Walk(Optional<Integer> year, CellReadings readings, ProblemLog problems) {
            this.year = year;
            this.readings = readings;
            this.problems = problems;
        }

        void paragraph(Block.Paragraph p) {
            for (String line : p.text().split("\n")) {
                Matcher m = HEADING.matcher(line.strip());
                if (m.matches()) {
                    String number = readings.sectionNumber(ThaiDigits.toAscii(m.group(1)), sections, problems);
                    candidate = new Section(number, m.group(2).strip());
                    linesAfterCandidate = 0;
                } else if (candidate != null && ++linesAfterCandidate == 1 && headingContinues(line.strip())) {
                    // the page wrapped the heading: its last words stand alone on the next line
                    candidate = new Section(candidate.number(),
                            candidate.title() + ThaiText.joiner(candidate.title(), line.strip()) + line.strip());
                } else {
                    readings.unnumberedHeading(line.strip(), sections, problems).ifPresent(s -> candidate = s);
                }
            }
        }

        /** A short line without the marks of an introduction (a colon, "ดังนี้") can end a wrapped heading. */
        boolean headingContinues(String line) {
            return !line.isEmpty() && line.length() <= WRAPPED_HEADING_TAIL && !HEADING_TAIL_EXCLUDED.matcher(line).find();
        }

        void table(Block.Table table) {
            tableNumber++;
            // a heading counts as a section only when a table follows it: numbered memo paragraphs do not
            if (candidate != null) {
                flushSplitRow();
                current = candidate;
                sections.add(candidate);
                candidate = null;
            }
            boolean firstRow = true;
            for (List<String> written : table.rows()) {
                List<String> row = readings.row(written);
                Optional<TableColumns> header = TableColumns.ofHeader(row);
                if (header.isPresent()) {
                    if (!header.get().equals(columns)) {
                        flushSplitRow();
                    }
                    columns = readings.repeatedHeader(header.get(), columns);
                    continue;
                }
                if (headingAcross(row)) {
                    continue;
                }
                if (columns == null || row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (firstRow && splitRow != null && continuesRow(row)) {
                    row = PageSplitRows.joined(splitRow, row);
                    splitRow = null;
                }
                flushSplitRow();
                // the last row of a page may go on at the top of the next: it is read once that is known
                splitRow = row;
                splitRowOpensTable = firstRow;
                firstRow = false;
            }
        }

        /**
         * A numbered heading written as a row of the table ("๑. ด้าน…" in a cell merged across it, or alone in the
         * first cell) starts a section there, as the same heading above the table would.
         */
        boolean headingAcross(List<String> row) {
            // OCR'd rows and indicator tables keep their rows: a misread cell must not become a section
            if (readings.readByOcr() || (columns != null && columns.kind() != Kind.MEASURES)) {
                return false;
            }
            boolean wide = row.size() >= 3 || (columns != null && columns.width() >= 3);
            if (!wide || row.isEmpty() || row.subList(1, row.size()).stream().anyMatch(c -> !c.isBlank())) {
                return false;
            }
            String text = oneLine(CellItems.plain(row.get(0)));
            if (!HEADING.matcher(text).matches() || MEASURE_CODE.matcher(text).matches()) {
                return false;
            }
            paragraph(new Block.Paragraph(text));
            if (candidate != null) {
                // a row the page cut above the heading belongs to the section it was written in
                flushSplitRow();
                current = candidate;
                sections.add(candidate);
                candidate = null;
            }
            return true;
        }

        /** Whether a table's first row is the lower part of a row the page break cut, not a row of its own. */
        boolean continuesRow(List<String> row) {
            if (columns.kind() == Kind.MEASURES) {
                return !MEASURE_CODE.matcher(readings.measureTitle(CellItems.plain(columns.cell(row, Field.TITLE)))).matches();
            }
            if (IndicatorCellReader.startsIndicator(indicatorCell(row))) {
                return false;
            }
            // a form written in the lower part is the split cell's own when the part above has only a broken name
            String above = indicatorCell(splitRow);
            return columns.cell(row, Field.FORM).isBlank() || !above.isEmpty() && !IndicatorCellReader.startsIndicator(above);
        }

        String indicatorCell(List<String> row) {
            return oneLine(CellItems.plain(columns.cell(row, Field.INDICATOR)));
        }

        void flushSplitRow() {
            if (splitRow == null) {
                return;
            }
            List<String> row = splitRow;
            splitRow = null;
            if (columns.kind() == Kind.MEASURES) {
                measureRow(row, splitRowOpensTable);
            } else {
                indicatorRow(row);
            }
        }

        void measureRow(List<String> row, boolean firstRowOfTable) {
            String titleCell = readings.measureTitle(CellItems.plain(columns.cell(row, Field.TITLE)));
            Matcher m = MEASURE_CODE.matcher(titleCell);
            MeasureDraft last = measures.isEmpty() ? null : measures.get(measures.size() - 1);
            // a row opening with digits after a section heading read since the row above starts a measure of its
            // own: a number whose dot OCR lost ("๕๑ การศึกษา…"); text that only looks like a heading parts nothing
            boolean newNumberedRow = current != null && last != null && !last.section.equals(current.number())
                    && OPENS_WITH_DIGIT.matcher(titleCell).lookingAt();
            if (!m.matches() && last != null && (titleCell.isEmpty() || firstRowOfTable && !newNumberedRow)) {
                // a row without a number at the top of a page continues the row above
                last.title = join(last.title, titleCell);
                last.add(columns, row);
                return;
            }
            String code = m.matches() ? ThaiDigits.toAscii(m.group(1)).replace(" ", "") : "";
            String title = oneLine(m.matches() ? m.group(2) : titleCell);
            String section = current == null ? "" : current.number();
            if (code.isEmpty()) {
                Optional<CellReadings.CodedTitle> byOrder = readings.unreadCode(title, section, lastCode(section), problems);
                code = byOrder.map(CellReadings.CodedTitle::code).orElse(code);
                title = byOrder.map(CellReadings.CodedTitle::title).orElse(title);
            }
            code = readings.measureCode(code, section, problems);
            if (code.isEmpty()) {
                problems.add("MEASURE_WITHOUT_CODE", "measure row without a number in table " + tableNumber + ": " + abbreviate(title));
            } else if (!section.isEmpty() && !code.startsWith(section + ".")) {
                problems.add("MEASURE_OUTSIDE_SECTION",
                        "measure " + code + " sits in section " + section + " (table " + tableNumber + ")");
            } else if (section.isEmpty()) {
                problems.add("MEASURE_WITHOUT_SECTION", "measure " + code + " comes before any section heading");
            }
            MeasureDraft draft = new MeasureDraft(section, code, title);
            draft.add(columns, row);
            measures.add(draft);
        }

        /** The code of the section's last measure, empty when it has none yet. */
        String lastCode(String section) {
            return measures.stream().filter(d -> d.section.equals(section)).reduce((a, b) -> b).map(d -> d.code).orElse("");
        }

        void indicatorRow(List<String> written) {
            List<String> row = readings.indicatorRow(written, columns, year, problems);
            String form = readable(oneLine(CellItems.plain(columns.cell(row, Field.FORM))).toUpperCase());
            String indicatorCell = readable(oneLine(CellItems.plain(columns.cell(row, Field.INDICATOR))));
            IndicatorDraft last = indicators.isEmpty() ? null : indicators.get(indicators.size() - 1);
            if (form.isEmpty() && indicatorCell.isEmpty()) {
                if (last == null) {
                    problems.add("ROW_NOT_PLACED", "indicator row without an indicator before any indicator row");
                } else {
                    last.add(columns, row);
                }
                return;
            }
            Optional<IndicatorCellReader.ReadIndicator> read = indicatorCells.read(indicatorCell, year,
                    last == null ? 0 : last.number, !form.isEmpty(), readings.readByOcr(), problems);
            if (read.isEmpty()) {
                problems.add("INDICATOR_WITHOUT_NUMBER", "indicator row without a number: " + abbreviate(indicatorCell));
                return;
            }
            int number = read.get().number();
            Optional<ItaCatalogue.CatalogIndicator> known = catalogue.indicator(number, year);
            String writtenForm = IndicatorCellReader.form(form, readings.readByOcr()).orElse("");
            if (readings.readByOcr() && writtenForm.isEmpty() && !form.isEmpty() && known.isPresent()) {
                problems.add("INDICATOR_FORM_UNREADABLE", "form of indicator " + number + " read as \"" + form
                        + "\", taken from the catalogue as " + known.get().form());
            }
            String inferred = known.map(ItaCatalogue.CatalogIndicator::form).orElse("");
            if (!writtenForm.isEmpty() && !inferred.isEmpty() && !writtenForm.equals(inferred)) {
                problems.add("INDICATOR_FORM_MISMATCH",
                        "indicator " + number + " is written as " + writtenForm + ", the catalogue says " + inferred);
            }
            if (known.isEmpty()) {
                problems.add("INDICATOR_NOT_IN_CATALOGUE", "indicator " + number + " is not in the catalogue");
            }
            IndicatorDraft draft = new IndicatorDraft(writtenForm.isEmpty() ? inferred : writtenForm, number,
                    read.get().name(), known.map(ItaCatalogue.CatalogIndicator::name));
            draft.add(columns, row);
            indicators.add(draft);
        }

        String readable(String cell) {
            return readings.readable(cell);
        }

        void finish() {
            flushSplitRow();
            for (IndicatorDraft d : indicators) {
                for (OitItem item : d.oitItems) {
                    catalogue.oitItem(item.code(), year).filter(c -> c.indicator() != 0 && c.indicator() != d.number)
                            .ifPresent(c -> problems.add("OIT_ITEM_UNDER_OTHER_INDICATOR", item.code()
                                    + " is listed under indicator " + d.number + ", the catalogue puts it under " + c.indicator()));
                }
            }
        }
    }

    private static final class MeasureDraft {
        final String section;
        final String code;
        String title;
        final List<String> methods = new ArrayList<>();
        final List<String> responsible = new ArrayList<>();
        String period = "";
        final List<String> results = new ArrayList<>();
        final List<String> suggestions = new ArrayList<>();

        MeasureDraft(String section, String code, String title) {
            this.section = section;
            this.code = code;
            this.title = title;
        }

        void add(TableColumns columns, List<String> row) {
            methods.addAll(CellItems.split(columns.cell(row, Field.METHODS)));
            responsible.addAll(CellItems.split(columns.cell(row, Field.RESPONSIBLE)));
            period = join(period, oneLine(CellItems.plain(columns.cell(row, Field.PERIOD))));
            results.addAll(CellItems.split(columns.cell(row, Field.RESULTS)));
            suggestions.addAll(CellItems.split(columns.cell(row, Field.SUGGESTIONS)));
        }

        Measure build() {
            Optional<Period> p = period.isBlank() ? Optional.empty() : Optional.of(ThaiDates.period(period));
            return new Measure(section, code, title, List.copyOf(methods), List.copyOf(responsible), p,
                    List.copyOf(results), List.copyOf(suggestions));
        }
    }

    private static final class IndicatorDraft {
        final String form;
        final int number;
        final String name;
        final Optional<String> catalogName;
        final List<String> issues = new ArrayList<>();
        final List<String> results = new ArrayList<>();
        final List<OitItem> oitItems = new ArrayList<>();

        IndicatorDraft(String form, int number, String name, Optional<String> catalogName) {
            this.form = form;
            this.number = number;
            this.name = name;
            this.catalogName = catalogName;
        }

        void add(TableColumns columns, List<String> row) {
            String issueCell = columns.cell(row, Field.ISSUES);
            if (OitItems.present(issueCell)) {
                List<String> segments = OitItems.segments(issueCell);
                List<OitItem> parsed = OitItems.parse(issueCell);
                if (!oitItems.isEmpty() && !issues.isEmpty() && segments.size() > parsed.size()) {
                    // text before the first code on a new page ends the last item of the page before
                    String tail = segments.remove(0);
                    OitItem lastItem = oitItems.remove(oitItems.size() - 1);
                    oitItems.add(new OitItem(lastItem.code(), lastItem.name() + ThaiText.joiner(lastItem.name(), tail) + tail));
                    issues.set(issues.size() - 1, issues.get(issues.size() - 1) + ThaiText.joiner(issues.get(issues.size() - 1), tail) + tail);
                }
                issues.addAll(segments);
                oitItems.addAll(parsed);
            } else {
                issues.addAll(CellItems.split(issueCell));
            }
            results.addAll(CellItems.split(columns.cell(row, Field.RESULTS)));
        }

        Indicator build() {
            return new Indicator(form, number, name, catalogName, List.copyOf(issues), List.copyOf(results),
                    List.copyOf(oitItems));
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String join(String a, String b) {
        if (a.isBlank()) {
            return oneLine(b);
        }
        return b.isBlank() ? a : oneLine(a + " " + b);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
