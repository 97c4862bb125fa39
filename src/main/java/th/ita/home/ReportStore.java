package th.ita.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.model.Report;
import th.ita.model.ReportJson;

/**
 * The folder of normalized report JSON files, one {@code <id>.json} per report id (this class is the only place
 * that knows the naming). It is also the product's memory of what has been ingested: it survives restarts, and
 * the index can always be rebuilt from it.
 */
public final class ReportStore {

    private static final String SUFFIX = ".json";

    private final Path folder;
    private final ObjectMapper mapper = ReportJson.mapper();

    public ReportStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Path pathOf(String reportId) {
        return folder.resolve(reportId + SUFFIX);
    }

    /** The report id a store file holds. */
    public static String idOf(Path json) {
        String name = json.getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    /** Every stored report file, sorted; hidden files (reports being written) are left out. */
    public List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.endsWith(SUFFIX) && !name.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not list " + folder, e);
        }
    }

    /** The ids that start with {@code prefix} (case-insensitive), sorted; an exact id gives just itself. */
    public List<String> idsStartingWith(String prefix) {
        String wanted = prefix.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.contains("/") || wanted.contains("\\")) {
            return List.of();
        }
        if (Files.isRegularFile(pathOf(wanted))) {
            return List.of(wanted);
        }
        return files().stream().map(ReportStore::idOf).filter(id -> id.startsWith(wanted)).toList();
    }

    /** The stored report, or empty when there is none or it cannot be read. */
    public Optional<Report> read(String reportId) {
        Path json = pathOf(reportId);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(json.toFile(), Report.class));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The file name a stored report was ingested under, or empty when no report with this id is stored. */
    public Optional<String> storedFileName(String reportId) {
        Path json = pathOf(reportId);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try {
            JsonNode fileName = mapper.readTree(json.toFile()).path("source").path("fileName");
            return Optional.of(fileName.asText(""));
        } catch (IOException unreadable) {
            // a damaged store entry is not a duplicate: ingesting again rewrites it
            return Optional.empty();
        }
    }
}
