package th.ita.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import th.ita.index.ReportFixtures;
import th.ita.index.ReportIndexer;
import th.ita.index.WordSegmenter;
import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.Report;

/**
 * Recall@5 of the committed quality set over the reports one variant of the seeds gave. The set names its units in
 * the hand-made fixtures; here each of those units is looked up in the variant's report of the same seed by what
 * identifies it to a reader (a measure's code and section, an indicator's number). A unit the variant lost cannot
 * be found, so it counts as a miss. Only the units of the two clean seed fixtures count (B and D are the same
 * reports damaged by hand); a query that names none of them is left out.
 */
public final class VariantRecall {

    private static final int TOP = 5;
    /** Quality-set fixture letter -> the seed whose variant stands in for it. */
    private static final Map<String, String> SEED_OF_FIXTURE = Map.of("A", "000", "C", "003");

    /** Mean recall@5 over the queries that apply, and the queries that missed. */
    public record Score(double recall, int queries, List<String> misses) {
    }

    private VariantRecall() {
    }

    /** @param reportsBySeed "000" and "003" -> the report the variant gave (a missing seed loses its queries) */
    public static Score measure(Map<String, Report> reportsBySeed, Path indexDir) throws IOException {
        try (ReportIndexer indexer = ReportIndexer.open(indexDir, WordSegmenter.ICU, Duration.ofHours(1))) {
            reportsBySeed.values().forEach(indexer::index);
        }
        double recall = 0;
        int counted = 0;
        List<String> misses = new ArrayList<>();
        try (ReportSearcher searcher = ReportSearcher.open(indexDir, WordSegmenter.ICU)) {
            for (String line : QualityQueries.lines()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                List<String> keys = Stream.of(columns[2].trim().split("\\s+"))
                        .filter(k -> SEED_OF_FIXTURE.containsKey(k.split("/")[0])).toList();
                if (keys.isEmpty()) {
                    continue;
                }
                List<UnitMatch> relevant = keys.stream()
                        .map(k -> resolve(k, reportsBySeed.get(SEED_OF_FIXTURE.get(k.split("/")[0]))))
                        .flatMap(Optional::stream).toList();
                List<UnitMatch> top = searcher.search(new SearchRequest(columns[0], QualityQueries.filters(columns[1].trim()), TOP))
                        .hits().stream().map(h -> new UnitMatch(h.reportId(), h.kind(), h.position())).toList();
                double found = (double) relevant.stream().filter(top::contains).count() / Math.min(TOP, keys.size());
                recall += found;
                counted++;
                if (found < 1) {
                    misses.add(columns[0]);
                }
            }
        }
        return new Score(counted == 0 ? 0 : recall / counted, counted, List.copyOf(misses));
    }

    /** The fixture unit named by key ("A/m/2.1@3", "C/i/9") found again in the variant's report, if it is there. */
    private static Optional<UnitMatch> resolve(String key, Report variant) {
        if (variant == null) {
            return Optional.empty();
        }
        String[] parts = key.split("/");
        UnitMatch inFixture = QualityQueries.unit(key);
        Report fixture = ReportFixtures.report(QualityQueries.FIXTURES.get(parts[0]));
        if (parts[1].equals("m")) {
            Measure wanted = fixture.measures().get(inFixture.position());
            for (int i = 0; i < variant.measures().size(); i++) {
                Measure m = variant.measures().get(i);
                if (m.code().equals(wanted.code()) && m.section().equals(wanted.section())) {
                    return Optional.of(new UnitMatch(variant.id(), "measure", i));
                }
            }
        } else {
            Indicator wanted = fixture.indicators().get(inFixture.position());
            for (int i = 0; i < variant.indicators().size(); i++) {
                if (variant.indicators().get(i).number() == wanted.number()) {
                    return Optional.of(new UnitMatch(variant.id(), "indicator", i));
                }
            }
        }
        return Optional.empty();
    }
}
