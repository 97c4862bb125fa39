package th.ita.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import th.ita.model.FiscalYear;
import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.Organization;
import th.ita.model.Period;
import th.ita.model.Report;
import th.ita.model.Unit;

/**
 * One CSV row per measure, indicator or unit of any other table (risk, complaint, checklist item…), RFC 4180
 * quoting, with a byte order mark so Excel opens the UTF-8 as
 * UTF-8 and shows Thai. List cells (methods, results…) keep one item per line inside the cell.
 */
final class UnitCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("reportId", "fileName", "organization", "province", "fiscalYearBe",
            "kind", "section", "code", "form", "number", "title", "methods", "responsible", "period", "issues",
            "oitItems", "results", "suggestions", "group", "budget", "target", "status", "documentKind", "otherCells");

    private final Writer out;

    UnitCsv(Writer out) throws IOException {
        this.out = out;
        out.write(BOM);
        row(HEADER);
    }

    void measure(Report report, Measure measure) throws IOException {
        row(List.of(common(report), List.of("measure", measure.section(), measure.code(), "", "", measure.title(),
                lines(measure.methods()), lines(measure.responsible()), measure.period().map(Period::text).orElse(""),
                "", "", lines(measure.results()), lines(measure.suggestions())), noUnitFields(report))
                .stream().flatMap(List::stream).toList());
    }

    void indicator(Report report, Indicator indicator) throws IOException {
        String oitItems = indicator.oitItems().stream().map(item -> item.code() + " " + item.name())
                .collect(Collectors.joining("\n"));
        row(List.of(common(report), List.of("indicator", "", "", indicator.form(), Integer.toString(indicator.number()),
                indicator.name(), "", "", "", lines(indicator.issues()), oitItems, lines(indicator.results()), ""),
                noUnitFields(report)).stream().flatMap(List::stream).toList());
    }

    /** A row of any other table: its key fields in their columns, its other cells as "header: text" lines. */
    void unit(Report report, Unit unit) throws IOException {
        String others = unit.cells().stream()
                .map(cell -> cell.header().isBlank() ? cell.text() : cell.header() + ": " + cell.text())
                .collect(Collectors.joining("\n"));
        row(List.of(common(report), List.of(unit.kind().key(), "", unit.code().orElse(""), "", "", unit.title(), "",
                unit.responsible().orElse(""), unit.period().map(Period::text).orElse(""), "", "",
                unit.result().orElse(""), ""), List.of(unit.group().orElse(""), unit.budget().orElse(""),
                unit.target().orElse(""), unit.status().orElse(""), report.documentKind().key(), others))
                .stream().flatMap(List::stream).toList());
    }

    private static List<String> noUnitFields(Report report) {
        return List.of("", "", "", "", report.documentKind().key(), "");
    }

    private static List<String> common(Report report) {
        Optional<Organization> organization = report.organization();
        return List.of(report.id(), report.source().fileName(),
                organization.map(Organization::name).orElse(""),
                organization.flatMap(Organization::province).orElse(""),
                report.fiscalYear().map(FiscalYear::be).map(String::valueOf).orElse(""));
    }

    private void row(List<String> cells) throws IOException {
        out.write(cells.stream().map(UnitCsv::quote).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

}
