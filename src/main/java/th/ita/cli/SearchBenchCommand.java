package th.ita.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import th.ita.bench.SearchBenchmark;
import th.ita.bench.SyntheticUnits;
import th.ita.index.IndexFields;

/** {@code ita bench search}: search latencies over a synthetic index; the last line is the one to compare. */
@Command(name = "search", description = "Build (or reuse, with --dir) an index of varied report units and time searches; "
        + "ends with one line units=N p50_ms=... p99_ms=... facets_p99_ms=... misspelt_p99_ms=... concurrent8_p99_ms=...")
final class SearchBenchCommand implements Callable<Integer> {

    @Option(names = "--units", defaultValue = "1000000", description = "Units to index (default: ${DEFAULT-VALUE}).")
    private long units;

    @Option(names = "--dir", description = "Index folder: reused when it holds an index, built there otherwise and kept. "
            + "Without it the index is built in a temporary folder.")
    private Path dir;

    @Option(names = "--queries", defaultValue = "1000", description = "Searches per one-client row; misspelt and "
            + "8-client rows scale with it (default: ${DEFAULT-VALUE}).")
    private int queries;

    @Override
    public Integer call() throws Exception {
        Path indexDir = dir != null ? dir : Files.createTempDirectory("ita-bench-search-");
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "search benchmark: %d cores, max heap %d MB, Java %s, load average %.2f%n", threads,
                Runtime.getRuntime().maxMemory() / 1_048_576, System.getProperty("java.version"), loadAverage());
        long indexed;
        if (dir != null && holdsIndex(indexDir)) {
            indexed = unitsIn(indexDir);
            System.out.printf("index reused from %s: %,d units%n", indexDir, indexed);
        } else {
            SyntheticUnits.Built built = SyntheticUnits.build(indexDir, threads, units);
            indexed = built.units();
            System.out.printf(Locale.ROOT, "index built in %s: %,d units (+ %,d report documents) in %.1f s = %,.0f units/s, %d threads%n",
                    indexDir, built.units(), built.reports(), built.elapsed().toMillis() / 1000.0, built.unitsPerSecond(), threads);
        }
        System.out.printf(Locale.ROOT, "index size: %,.1f MiB%n", SyntheticUnits.sizeOf(indexDir) / 1048576.0);
        SearchBenchmark.Rows rows = new SearchBenchmark(indexDir, indexed, line -> System.out.printf(Locale.ROOT,
                "%s  (load average %.2f)%n", line, loadAverage()), queries).run();
        if (dir == null) {
            SyntheticUnits.deleteRecursively(indexDir);
        }
        System.out.println("baseline in the same run, every match scored: " + rows.baselineSummary());
        System.out.println(rows.summary());
        return 0;
    }

    /** The machine's one-minute load average: the figures mean little on a busy machine, so each row says it. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static boolean holdsIndex(Path indexDir) throws Exception {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    /** Measures and indicators: every document but the reports'. */
    private static long unitsIn(Path indexDir) throws Exception {
        try (Directory directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs() - new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT)));
        }
    }
}
