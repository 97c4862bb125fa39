package th.ita.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import th.ita.search.ReportSearcher;
import th.ita.search.SearchFilters;
import th.ita.search.SearchRequest;
import th.ita.search.YearRange;

/**
 * Times the quality-set queries over an index of {@link SyntheticUnits}: text alone, text with filters, with filters
 * and facets, misspelt queries (each runs the relaxed fallback too), and 8 clients searching at once. Each row is
 * printed as it ends; {@link Rows#summary} is the one line that runs are compared by.
 */
public final class SearchBenchmark {

    static final int QUERIES = 1_000;
    /** Each misspelt query runs the slower relaxed query as well; fewer of them keep the run in minutes. */
    static final int MISSPELT_QUERIES = 200;
    static final int CLIENTS = 8;
    static final int CONCURRENT_REQUESTS = 2_000;
    static final int CONCURRENT_BLOCKS = 4;
    private static final int LIMIT = 20;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /**
     * Latencies of one row, sorted, in nanoseconds, the matches the searches reported, and the CPU time of the searching
     * thread per search, sorted (on a machine shared with other work the wall time is mostly waiting for a core; the
     * CPU time is what the search itself costs).
     */
    public record Latencies(long[] nanos, long matches, long[] cpuNanos) {
        public double p50Millis() {
            return nanos[nanos.length / 2] / 1e6;
        }

        public double p99Millis() {
            return nanos[(int) (nanos.length * 0.99)] / 1e6;
        }

        public double cpuP99Millis() {
            return cpuNanos[(int) (cpuNanos.length * 0.99)] / 1e6;
        }

        String figures() {
            return String.format(Locale.ROOT, "p50 %6.1f ms  p99 %6.1f ms  cpu p50 %5.1f p99 %6.1f ms  mean matches %,7d",
                    p50Millis(), p99Millis(), cpuNanos[cpuNanos.length / 2] / 1e6, cpuP99Millis(),
                    matches / Math.max(1, nanos.length));
        }
    }

    /**
     * One row: the shipped searcher and, interleaved query by query in the same run so that load on the machine
     * falls on both alike, the baseline that scores every match.
     */
    public record Row(String label, Latencies now, Latencies baseline) {
        public double p50Millis() {
            return now.p50Millis();
        }

        public double p99Millis() {
            return now.p99Millis();
        }

        public String line() {
            return String.format(Locale.ROOT, "%-28s %,5d searches  now %s | every match scored %s | p99 ratio %.2f",
                    label + ":", now.nanos().length, now.figures(), baseline.figures(),
                    now.p99Millis() / Math.max(1e-9, baseline.p99Millis()));
        }
    }

    /** Every row of one run. */
    public record Rows(long units, Row text, Row filtered, Row facets, Row misspelt, Row misspeltFiltered,
            Row concurrent) {
        /** The line runs are compared by: p99 of each row (text also p50), for the shipped searcher. */
        public String summary() {
            return summary(Row::now);
        }

        /** The same line for the baseline timed in the same run. */
        public String baselineSummary() {
            return summary(Row::baseline);
        }

        private String summary(java.util.function.Function<Row, Latencies> side) {
            return String.format(Locale.ROOT, "units=%d p50_ms=%.1f p99_ms=%.1f facets_p99_ms=%.1f misspelt_p99_ms=%.1f concurrent8_p99_ms=%.1f",
                    units, side.apply(text).p50Millis(), side.apply(text).p99Millis(), side.apply(facets).p99Millis(),
                    Math.max(side.apply(misspelt).p99Millis(), side.apply(misspeltFiltered).p99Millis()),
                    side.apply(concurrent).p99Millis());
        }
    }

    private final Path indexDir;
    private final long units;
    private final Consumer<String> out;
    private final int queries;

    /** @param out where each row's line goes as soon as it is measured */
    public SearchBenchmark(Path indexDir, long units, Consumer<String> out) {
        this(indexDir, units, out, QUERIES);
    }

    /** @param queries searches in each one-client row; the others scale with it (a quick look on a busy machine) */
    public SearchBenchmark(Path indexDir, long units, Consumer<String> out, int queries) {
        this.indexDir = indexDir;
        this.units = units;
        this.out = out;
        this.queries = queries;
    }

    public Rows run() throws Exception {
        List<String> clean = BenchQueries.texts(false);
        List<String> misspeltTexts = BenchQueries.texts(true);
        Random random = new Random(42);
        List<SearchRequest> plain = requests(clean, queries);
        List<SearchRequest> filtered = plain.stream().map(r -> r.withFilters(randomFilters(random))).toList();
        List<SearchRequest> misspelt = requests(misspeltTexts, Math.max(20, queries * MISSPELT_QUERIES / QUERIES));
        List<SearchRequest> misspeltFiltered = misspelt.stream().map(r -> r.withFilters(randomFilters(random))).toList();
        HeapPeak.reset();
        try (ReportSearcher shipped = ReportSearcher.open(indexDir);
                ReportSearcher baseline = ReportSearcher.scoringEveryMatch(indexDir)) {
            ReportSearcher[] searcher = {shipped, baseline};
            // Warm-up: the first searches load the index files and compile the hot paths.
            time(searcher, "warm-up", withFacets(plain.subList(0, Math.min(200, plain.size() / 5))));
            time(searcher, "warm-up", misspelt.subList(0, 20));
            Row text = report(time(searcher, "text", plain));
            Row filters = report(time(searcher, "text + filters", filtered));
            Row facets = report(time(searcher, "text + filters + facets", withFacets(filtered)));
            Row relaxed = report(time(searcher, "misspelt (relaxed)", misspelt));
            Row relaxedFiltered = report(time(searcher, "misspelt + filters + facets", withFacets(misspeltFiltered)));
            Row concurrent = report(concurrently(searcher, "8 clients, text + facets", withFacets(requests(clean, queries * CONCURRENT_REQUESTS / QUERIES))));
            out.accept(String.format(Locale.ROOT, "heap while searching (both searchers open): peak %,d MiB of max %,d MiB",
                    HeapPeak.peakBytes() / 1_048_576, Runtime.getRuntime().maxMemory() / 1_048_576));
            return new Rows(units, text, filters, facets, relaxed, relaxedFiltered, concurrent);
        }
    }

    private Row report(Row row) {
        out.accept(row.line());
        return row;
    }

    private static List<SearchRequest> requests(List<String> texts, int count) {
        List<SearchRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(new SearchRequest(texts.get(i % texts.size()), SearchFilters.none(), LIMIT, false));
        }
        return requests;
    }

    /** A fiscal-year range of one or two years, a kind, and half the time a province. */
    private static SearchFilters randomFilters(Random random) {
        int from = 2562 + random.nextInt(5);
        List<String> provinces = SyntheticUnits.PROVINCES;
        return new SearchFilters(Optional.of(new YearRange(from, from + random.nextInt(2))), List.of(),
                random.nextBoolean() ? List.of(provinces.get(random.nextInt(provinces.size()))) : List.of(),
                List.of(random.nextBoolean() ? "measure" : "indicator"), List.of(), List.of(), List.of());
    }

    private static List<SearchRequest> withFacets(List<SearchRequest> requests) {
        return requests.stream().map(request -> request.withFacets(true)).toList();
    }

    /** Each request on each searcher in turn, the first alternating; the latencies of each. */
    private static Row time(ReportSearcher[] searchers, String label, List<SearchRequest> requests) throws IOException {
        long[][] nanos = new long[searchers.length][requests.size()];
        long[][] cpu = new long[searchers.length][requests.size()];
        long[] matches = new long[searchers.length];
        for (int i = 0; i < requests.size(); i++) {
            // Whichever runs second finds the query's postings in the CPU caches: take turns going first.
            for (int turn = 0; turn < searchers.length; turn++) {
                int s = (i + turn) % searchers.length;
                long startCpu = CPU.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                matches[s] += searchers[s].search(requests.get(i)).total();
                nanos[s][i] = System.nanoTime() - start;
                cpu[s][i] = CPU.getCurrentThreadCpuTime() - startCpu;
            }
        }
        return row(label, nanos, matches, cpu);
    }

    private static Row row(String label, long[][] nanos, long[] matches, long[][] cpu) {
        for (int s = 0; s < 2; s++) {
            Arrays.sort(nanos[s]);
            Arrays.sort(cpu[s]);
        }
        return new Row(label, new Latencies(nanos[0], matches[0], cpu[0]), new Latencies(nanos[1], matches[1], cpu[1]));
    }

    /**
     * The same latencies with {@link #CLIENTS} searches in flight: what a shared web page sees. Clients of one searcher
     * are never mixed with the other's (the slower one would load the machine under the faster one); instead the
     * requests go in {@link #CONCURRENT_BLOCKS} blocks, each run by both searchers in turn, the first alternating.
     */
    private static Row concurrently(ReportSearcher[] searchers, String label, List<SearchRequest> requests) throws Exception {
        long[][] nanos = new long[searchers.length][requests.size()];
        long[][] matches = new long[searchers.length][requests.size()];
        long[][] cpu = new long[searchers.length][requests.size()];
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            int block = (requests.size() + CONCURRENT_BLOCKS - 1) / CONCURRENT_BLOCKS;
            for (int b = 0; b * block < requests.size(); b++) {
                int from = b * block;
                int to = Math.min(requests.size(), from + block);
                for (int turn = 0; turn < searchers.length; turn++) {
                    int s = (b + turn) % searchers.length;
                    inFlight(clients, searchers[s], requests, from, to, nanos[s], matches[s], cpu[s]);
                }
            }
        } finally {
            clients.shutdown();
        }
        return row(label, nanos, new long[] {Arrays.stream(matches[0]).sum(), Arrays.stream(matches[1]).sum()}, cpu);
    }

    /** Requests {@code from} to {@code to} on one searcher, {@link #CLIENTS} at a time. */
    private static void inFlight(ExecutorService clients, ReportSearcher searcher, List<SearchRequest> requests, int from,
            int to, long[] nanos, long[] matches, long[] cpu) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            work.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    long startCpu = CPU.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    matches[i] = searcher.search(requests.get(i)).total();
                    nanos[i] = System.nanoTime() - start;
                    cpu[i] = CPU.getCurrentThreadCpuTime() - startCpu;
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
    }
}
