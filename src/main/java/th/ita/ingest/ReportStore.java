package th.ita.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.model.Report;
import th.ita.model.ReportJson;

/**
 * The folder of normalized report JSON files, one per report id. It is also the product's memory of what has
 * been ingested: it survives restarts, and the index can always be rebuilt from it.
 */
public final class ReportStore {

    private final Path folder;
    private final ObjectMapper mapper = ReportJson.mapper();

    public ReportStore(Path folder) {
        this.folder = folder;
    }

    public Path pathOf(String reportId) {
        return folder.resolve(reportId + ".json");
    }

    /** The stored report, or empty when none with this id is stored or its JSON cannot be read. */
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
