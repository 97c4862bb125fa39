package th.ita.export;

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

/**
 * One CSV row per measure or indicator, RFC 4180 quoting, with a byte order mark so Excel opens the UTF-8 as
 * UTF-8 and shows Thai. List cells (methods, results…) keep one item per line inside the cell.
 */
public final class UnitCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("reportId", "fileName", "organization", "province", "fiscalYearBe",
            "kind", "section", "code", "form", "number", "title", "methods", "responsible", "period", "issues",
            "oitItems", "results", "suggestions");

    private final Writer out;

    public UnitCsv(Writer out) throws IOException {
        this.out = out;
        out.write(BOM);
        row(HEADER);
    }

    public void measure(Report report, Measure measure) throws IOException {
        row(List.of(common(report), List.of("measure", measure.section(), measure.code(), "", "", measure.title(),
                lines(measure.methods()), lines(measure.responsible()), measure.period().map(Period::text).orElse(""),
                "", "", lines(measure.results()), lines(measure.suggestions()))).stream().flatMap(List::stream).toList());
    }

    public void indicator(Report report, Indicator indicator) throws IOException {
        String oitItems = indicator.oitItems().stream().map(item -> item.code() + " " + item.name())
                .collect(Collectors.joining("\n"));
        row(List.of(common(report), List.of("indicator", "", "", indicator.form(), Integer.toString(indicator.number()),
                indicator.name(), "", "", "", lines(indicator.issues()), oitItems, lines(indicator.results()), ""))
                .stream().flatMap(List::stream).toList());
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
