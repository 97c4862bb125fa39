package th.ita.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.index.ReportIndexer;
import th.ita.model.Report;
import th.ita.model.ReportJson;
import th.ita.model.SourceFile;
import th.ita.model.SourceFile.Location;

/**
 * Keeps a report's {@code source.locations} equal to where its bytes lie in the watched folders, and its index
 * documents in step: a location added or removed rewrites {@code reports/<id>.json} (temp file and rename) and
 * re-indexes the report from it, without extracting anything. The JSON is edited as a tree with only
 * {@code source} replaced, so fields this class does not know are kept as they are.
 */
final class ReportLocations {

    private static final Logger LOG = LoggerFactory.getLogger(ReportLocations.class);
    private static final ObjectMapper JSON = ReportJson.mapper();
    /** Made once, up front: building a reader for the whole report schema is slow the first time. */
    private static final ObjectReader REPORTS = JSON.readerFor(Report.class);
    private static final ObjectReader SOURCES = JSON.readerFor(SourceFile.class);

    private final Path reports;
    private final ReportIndexer indexer;
    private final Clock clock;

    ReportLocations(Path reports, ReportIndexer indexer, Clock clock) {
        this.reports = reports;
        this.indexer = indexer;
        this.clock = clock;
    }

    /** Lists {@code location} in the report (again searchable if it was gone). */
    void attach(String reportId, Location location) {
        update(reportId, locations -> {
            List<Location> more = new ArrayList<>(locations);
            if (!more.contains(location)) {
                more.add(location);
            }
            return more;
        });
    }

    /** Puts {@code to} where {@code from} was in the report's locations: a rename or move, in one update. */
    void move(String reportId, Location from, Location to) {
        update(reportId, locations -> {
            List<Location> moved = new ArrayList<>(locations.stream().map(each -> each.equals(from) ? to : each).toList());
            if (!moved.contains(to)) {
                moved.add(to);
            }
            return moved.stream().distinct().toList();
        });
    }

    /** Takes {@code location} off the report; the last one leaves the report marked gone and out of search. */
    void detach(String reportId, Location location) {
        update(reportId, locations -> locations.stream().filter(each -> !each.equals(location)).toList());
    }

    private void update(String reportId, UnaryOperator<List<Location>> change) {
        Path json = reports.resolve(reportId + ".json");
        if (!Files.isRegularFile(json)) {
            LOG.warn("Report [{}] is not in [{}]; its watched location is not recorded", reportId, reports);
            return;
        }
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(json.toFile());
            SourceFile source = SOURCES.readValue(tree.get("source"));
            SourceFile located = source.locatedAt(change.apply(source.locations()), clock.instant());
            if (!located.equals(source)) {
                tree.set("source", JSON.valueToTree(located));
                Path temp = reports.resolve("." + reportId + ".locating.tmp");
                JSON.writeValue(temp.toFile(), tree);
                Files.move(temp, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            // indexed even when unchanged: after a crash the JSON may be ahead of the index
            indexer.index(REPORTS.readValue(tree));
            if (located.isGone() && !source.isGone()) {
                LOG.info("Report [{}] has no watched file left; kept in reports/ as gone and removed from search", reportId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the locations of report " + reportId, e);
        }
    }
}
