package th.ita.search;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.bench.BenchQueries;
import th.ita.bench.SyntheticUnits;
import th.ita.web.RunningIta;

/**
 * Not a test: {@code GET /api/search} answered by a running pipeline over a 100,000-unit index (units varied from
 * the fixture reports as {@link SyntheticUnits} makes them), 8 clients at once. The baseline in the same run is the
 * same requests through {@link ReportSearcher} in-process on the same index, also 8 threads, also with facets (the
 * API always counts them). Run: {@code mvn -o test -Dtest=HttpSearchBenchmark -Dtest.excludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class HttpSearchBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSearchBenchmark.class);
    private static final int UNITS = Integer.getInteger("bench.units", 100_000);
    private static final int CLIENTS = 8;
    private static final int REQUESTS = Integer.getInteger("bench.requests", 4_000);

    @Test
    void searchOverHttpWithEightClients() throws Exception {
        // Building the index takes minutes on a busy machine; -Dbench.reuse=true keeps the one an earlier run built.
        Path home = Path.of(System.getProperty("bench.home", "target/http-bench-home")).toAbsolutePath();
        StringBuilder report = new StringBuilder();
        if (Boolean.getBoolean("bench.reuse") && Files.isDirectory(home.resolve("index"))) {
            report.append("index reused from ").append(home.resolve("index")).append('\n');
        } else {
            SyntheticUnits.Built built = SyntheticUnits.build(home.resolve("index"), Runtime.getRuntime().availableProcessors(), UNITS);
            report.append(String.format(Locale.ROOT, "units indexed: %,d in %.1f s%n", built.units(), built.elapsed().toMillis() / 1000.0));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(home.resolve("index")))) {
            report.append(String.format(Locale.ROOT, "index: %,d documents%n", reader.numDocs()));
        }
        List<String> queries = BenchQueries.texts(false);

        List<String> paths = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            paths.add("/api/search?q=" + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8) + "&limit=20");
        }
        try (ReportSearcher searcher = ReportSearcher.open(home.resolve("index"))) {
            Timer direct = request -> searcher.search(new SearchRequest(request, SearchFilters.none(), 20, true));
            run(queries(200, queries), direct);
            report.append(line("in-process, 8 threads", run(queries(REQUESTS, queries), direct)));
        }
        RunningIta ita = new RunningIta(home, Map.of());
        try {
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
            Timer overHttp = path -> {
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(ita.base() + path)).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                }
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
            };
            run(paths.subList(0, 200), overHttp);
            report.append(line("HTTP /api/search, 8 clients", run(paths, overHttp)));
        } finally {
            ita.stop();
        }
        report.append(String.format(Locale.ROOT, "machine: %d cores, Java %s; %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), LocalDate.now()));
        LOG.info("HTTP search benchmark\n{}", report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-http-search.txt"), report);
    }

    interface Timer {
        void time(String request) throws Exception;
    }

    /** Latencies in nanoseconds (sorted) and the wall time, with {@link #CLIENTS} requests in flight. */
    private record Run(long[] nanos, long wallNanos) {
    }

    private static Run run(List<String> requests, Timer timer) throws Exception {
        long[] nanos = new long[requests.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            work.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    timer.time(requests.get(i));
                    nanos[i] = System.nanoTime() - begin;
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        long wall = System.nanoTime() - start;
        clients.shutdown();
        Arrays.sort(nanos);
        return new Run(nanos, wall);
    }

    private static String line(String label, Run run) {
        long[] nanos = run.nanos();
        String line = String.format(Locale.ROOT, "%-30s %,d requests  p50 %7.1f ms  p99 %7.1f ms  %,.0f requests/s%n", label + ":",
                nanos.length, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos.length / (run.wallNanos() / 1e9));
        LOG.info("{}", line.strip());
        return line;
    }

    private static List<String> queries(int count, List<String> texts) {
        List<String> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(texts.get(i % texts.size()));
        }
        return requests;
    }
}
