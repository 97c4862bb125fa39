package th.ita.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import th.ita.home.ReportStore;
import th.ita.model.Report;
import th.ita.model.ReportJson;
import th.ita.search.ReportSearcher;
import th.ita.search.SearchRequest;
import th.ita.search.UnitMatch;

/**
 * What a search matches, read back from the report store: whole reports as NDJSON (any matching unit brings its
 * report) or one CSV row per matching measure, indicator or unit of another table.
 */
public final class ReportExport {

    /**
     * @param written reports (NDJSON) or rows (CSV) written
     * @param missing ids the index matched but the store has no readable JSON for
     */
    public record Summary(int written, Set<String> missing) {
    }

    private final ReportSearcher searcher;
    private final ReportStore store;
    private final ObjectMapper json = ReportJson.mapper();

    public ReportExport(ReportSearcher searcher, ReportStore store) {
        this.searcher = searcher;
        this.store = store;
    }

    public Summary ndjson(SearchRequest request, Writer out) throws IOException {
        ObjectMapper oneLine = json.copy().disable(SerializationFeature.INDENT_OUTPUT);
        return eachReport(request, out, (report, matches) -> {
            out.write(oneLine.writeValueAsString(report));
            out.write("\n");
            return 1;
        });
    }

    public Summary csv(SearchRequest request, Writer out) throws IOException {
        UnitCsv csv = new UnitCsv(out);
        return eachReport(request, out, (report, matches) -> writeRows(csv, report, matches));
    }

    /** What one matched report adds to an export: how many reports or rows it wrote. */
    private interface ReportWriter {
        int write(Report report, List<UnitMatch> matches) throws IOException;
    }

    private Summary eachReport(SearchRequest request, Writer out, ReportWriter writer) throws IOException {
        int written = 0;
        Set<String> missing = new LinkedHashSet<>();
        for (Map.Entry<String, List<UnitMatch>> entry : byReport(request).entrySet()) {
            Optional<Report> report = store.read(entry.getKey());
            if (report.isEmpty()) {
                missing.add(entry.getKey());
                continue;
            }
            written += writer.write(report.get(), entry.getValue());
        }
        out.flush();
        return new Summary(written, missing);
    }

    /** The rows of {@code units} (matches within {@code report}): measures, indicators and units of other tables. */
    public static int writeRows(UnitCsv csv, Report report, List<UnitMatch> units) throws IOException {
        int rows = 0;
        for (UnitMatch unit : units) {
            if (unit.inUnits() && unit.position() < report.units().size()) {
                csv.unit(report, report.units().get(unit.position()));
                rows++;
            } else if (unit.kind().equals("measure") && unit.position() < report.measures().size()) {
                csv.measure(report, report.measures().get(unit.position()));
                rows++;
            } else if (unit.kind().equals("indicator") && unit.position() < report.indicators().size()) {
                csv.indicator(report, report.indicators().get(unit.position()));
                rows++;
            }
        }
        return rows;
    }

    private Map<String, List<UnitMatch>> byReport(SearchRequest request) throws IOException {
        Map<String, List<UnitMatch>> byReport = new LinkedHashMap<>();
        for (UnitMatch match : searcher.matches(request)) {
            byReport.computeIfAbsent(match.reportId(), id -> new ArrayList<>()).add(match);
        }
        return byReport;
    }
}
