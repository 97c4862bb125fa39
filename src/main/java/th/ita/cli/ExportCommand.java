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
import th.ita.export.ReportExport;
import th.ita.export.UnitCsv;
import th.ita.home.HomeLayout;
import th.ita.model.Report;
import th.ita.model.ReportJson;
import th.ita.search.QueryText;
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

    @Option(names = {"--out", "-o"}, paramLabel = "FILE|DIR/|-", defaultValue = "-",
            description = "A file to write (units.csv, reports.ndjson, reports.json), an existing folder (or one ending"
                    + " in /) to get one JSON per report, or - for standard output (default).")
    private String out;

    @Option(names = {"--format", "-f"}, description = "json (an array, or a file per report into a folder), ndjson (a"
            + " line per report) or csv (a row per measure/indicator; UTF-8 with BOM). Default: from the --out file's"
            + " extension, else json.")
    private Format format;

    @Override
    public Integer call() throws IOException {
        HomeLayout layout = home.archiveToRead();
        format = format != null ? format : formatOf(out);
        Optional<Path> folder = intoFolder();
        Path target = out.equals("-") ? null : Path.of(out).toAbsolutePath().normalize();
        QueryText query = SearchCommand.typed(words);
        query.note().ifPresent(note -> ConsoleOutput.stderr().println(note));
        List<UnitMatch> matches;
        try (ReportSearcher searcher = ReportSearcher.open(layout.index())) {
            matches = searcher.matches(new SearchRequest(query.text(), filters.toFilters(), 0));
        }
        Path reports = layout.reports();
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
                Path file = layout.reportStore().pathOf(entry.getKey());
                Optional<Report> report = read(json, file);
                if (report.isEmpty()) {
                    missing.add(entry.getKey());
                    continue;
                }
                switch (format) {
                    case json -> {
                        if (writer == null) {
                            Files.copy(file, folder.orElseThrow().resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
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
                    case csv -> written += ReportExport.writeRows(csv, report.get(), entry.getValue());
                }
                first = false;
            }
            if (format == Format.json && writer != null) {
                writer.write("\n]\n");
            }
        }
        missing.forEach(id -> err.printf("Skipped %s: no readable JSON in %s (run 'ita reindex' if the store changed)%n", id, reports));
        String where = target == null ? "" : " to " + (folder.isPresent() && format != Format.json
                ? folder.get().resolve(format == Format.csv ? "units.csv" : "reports.ndjson") : target);
        err.printf("Exported %s%s%n", IngestCommand.plural(written, format == Format.csv ? "row" : "report"), where);
        return missing.isEmpty() ? 0 : 1;
    }

    private static Format formatOf(String out) {
        String name = out.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".csv") ? Format.csv : name.endsWith(".ndjson") || name.endsWith(".jsonl") ? Format.ndjson : Format.json;
    }

    /** The folder --out names: an existing folder, or a path ending in a slash; empty for a file or standard output. */
    private Optional<Path> intoFolder() throws IOException {
        if (out.equals("-")) {
            return Optional.empty();
        }
        Path path = Path.of(out).toAbsolutePath().normalize();
        if (Files.isDirectory(path) || out.endsWith("/") || out.endsWith(java.io.File.separator)) {
            Files.createDirectories(path);
            return Optional.of(path);
        }
        if (path.getParent() != null && !Files.isDirectory(path.getParent())) {
            throw new CommandFailure(ExitCode.NOT_FOUND, "No folder " + path.getParent() + " to write " + path.getFileName()
                    + " into; create it first or give another --out");
        }
        return Optional.empty();
    }

    /** Standard output, the --out file, a single file in the --out folder for ndjson and csv, or null for json into a folder. */
    private Writer open() throws IOException {
        if (out.equals("-")) {
            return new BufferedWriter(new OutputStreamWriter(new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            }, StandardCharsets.UTF_8));
        }
        Optional<Path> intoFolder = intoFolder();
        if (intoFolder.isEmpty()) {
            return Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
        }
        Path folder = intoFolder.get();
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
