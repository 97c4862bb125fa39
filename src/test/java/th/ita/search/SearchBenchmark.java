package th.ita.search;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.bench.SyntheticUnits;

/**
 * Not a test: the {@code ita bench search} rows from the build, so a profiler can attach to it. Excluded from the
 * normal run by the "benchmark" tag. Run (see BENCHMARKS.md): {@code mvn -o test -Dtest=SearchBenchmark
 * -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.units=N] [-Dbench.reuse=true]}.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SearchBenchmark.class);
    private static final int UNITS = Integer.getInteger("bench.units", 1_000_000);

    @Test
    void indexUnitsAndTimeTheQualitySet() throws Exception {
        Path indexDir = Path.of(System.getProperty("bench.dir", "target/bench-index"));
        // Building takes minutes at a million units; when profiling queries, -Dbench.reuse=true keeps the index.
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.isDirectory(indexDir)
                && DirectoryReader.indexExists(FSDirectory.open(indexDir));
        StringBuilder report = new StringBuilder();
        if (!reuse) {
            SyntheticUnits.Built built = SyntheticUnits.build(indexDir, Runtime.getRuntime().availableProcessors(), UNITS);
            report.append(String.format("units indexed: %,d in %.1f s%n", built.units(), built.elapsed().toMillis() / 1000.0));
        }
        var rows = new th.ita.bench.SearchBenchmark(indexDir, UNITS, line -> report.append(line).append('\n')).run();
        report.append("baseline: ").append(rows.baselineSummary()).append('\n').append(rows.summary()).append('\n');
        LOG.info("Search benchmark\n{}", report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-search.txt"), report);
    }
}
