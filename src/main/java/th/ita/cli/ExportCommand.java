package th.ita.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.ita.model.Report;
import th.ita.model.ReportJson;
import th.ita.search.ReportSearcher;
import th.ita.search.SearchRequest;
import th.ita.search.UnitMatch;

/**
 * {@code ita export}: what a search with the same text and filters matches, from the JSON store. json and ndjson
 * give whole reports (any matching unit brings its report); csv gives one row per matching measure or indicator.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export matching reports (json, ndjson) or measures and indicators (csv).")
final class ExportCommand implements Callable<Integer> {

    enum Format { json, ndjson, csv }

    @Mixin
    HomeOption home;

    @Mixin
    FilterOptions filters;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Optional search text; empty exports everything the filters pass.")
    private List<String> words = new ArrayList<>();

    @Option(names = {"--out", "-o"}, paramLabel = "DIR|-", defaultValue = "-",
            description = "Folder to write into, or - for standard output (default).")
    private String out;

    @Option(names = {"--format", "-f"}, defaultValue = "json", description = "json (a file per report), ndjson (a line per report) or csv (a row per measure/indicator; UTF-8 with BOM). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    public Integer call() throws IOException {
        List<UnitMatch> matches;
        try (ReportSearcher searcher = ReportSearcher.open(SearchCommand.indexDir(home))) {
            matches = searcher.matches(new SearchRequest(String.join(" ", words), filters.toFilters(), 0));
        }
        Path reports = home.home().resolve("reports");
        Map<String, List<UnitMatch>> byReport = new LinkedHashMap<>();
        matches.forEach(match -> byReport.computeIfAbsent(match.reportId(), id -> new ArrayList<>()).add(match));
        PrintWriter err = ConsoleOutput.stderr();
        Set<String> missing = new LinkedHashSet<>();
        ObjectMapper json = ReportJson.mapper();
        int written = 0;
        try (Writer writer = open()) {
            UnitCsv csv = format == Format.csv ? new UnitCsv(writer) : null;
            boolean first = true;
            if (format == Format.json && writer != null) {
                writer.write("[\n");
            }
            for (Map.Entry<String, List<UnitMatch>> entry : byReport.entrySet()) {
                Path file = reports.resolve(entry.getKey() + ".json");
                Optional<Report> report = read(json, file);
                if (report.isEmpty()) {
                    missing.add(entry.getKey());
                    continue;
                }
                switch (format) {
                    case json -> {
                        if (writer == null) {
                            Files.copy(file, Path.of(out).resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                        } else {
                            writer.write((first ? "" : ",\n") + json.writeValueAsString(report.get()));
                        }
                        written++;
                    }
                    case ndjson -> {
                        writer.write(json.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.get()));
                        writer.write("\n");
                        written++;
                    }
                    case csv -> written += writeRows(csv, report.get(), entry.getValue());
                }
                first = false;
            }
            if (format == Format.json && writer != null) {
                writer.write("\n]\n");
            }
        }
        missing.forEach(id -> err.printf("Skipped %s: no readable JSON in %s (run 'ita reindex' if the store changed)%n", id, reports));
        err.printf("Exported %d %s%n", written, format == Format.csv ? "rows" : "reports");
        return missing.isEmpty() ? 0 : 1;
    }

    private static int writeRows(UnitCsv csv, Report report, List<UnitMatch> units) throws IOException {
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

    /** Standard output, a single file in the folder for ndjson and csv, or null for json into a folder. */
    private Writer open() throws IOException {
        if (out.equals("-")) {
            return new BufferedWriter(new OutputStreamWriter(new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            }, StandardCharsets.UTF_8));
        }
        Path folder = Path.of(out);
        Files.createDirectories(folder);
        return switch (format) {
            case json -> null;
            case ndjson -> Files.newBufferedWriter(folder.resolve("reports.ndjson"), StandardCharsets.UTF_8);
            case csv -> Files.newBufferedWriter(folder.resolve("units.csv"), StandardCharsets.UTF_8);
        };
    }

    private static Optional<Report> read(ObjectMapper json, Path file) {
        try {
            return Optional.of(json.readValue(file.toFile(), Report.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
