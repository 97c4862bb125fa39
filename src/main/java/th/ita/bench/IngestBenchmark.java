package th.ita.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.camel.main.Main;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;

import th.ita.App;
import th.ita.home.HomeLayout;
import th.ita.ingest.InboxDrop;
import th.ita.search.ReportSearcher;
import th.ita.search.SearchRequest;

/**
 * Ingests distinct copies of the samples through the whole pipeline, and times a plain loop of
 * {@code Tika.parseToString} over the same files in the same run, so the ratio can be compared run to run.
 */
public final class IngestBenchmark {

    /**
     * Throughput and memory of one phase.
     *
     * @param cpu the JVM's CPU during the phase (empty without /proc): on a shared machine the work, where wall
     *            time also measures everything else that ran
     */
    public record Phase(String name, int documents, long bytes, Duration elapsed, long peakHeapBytes, int failed,
                        Optional<ProcessCpu> cpu) {
        public double documentsPerSecond() {
            return documents / seconds();
        }

        /** CPU milliseconds per document of the phase's own work (JIT compiling and collection left out). */
        public Optional<Double> workMillisPerDocument() {
            return cpu.map(c -> c.workSeconds() * 1000 / documents);
        }

        public double megabytesPerSecond() {
            return bytes / 1_048_576.0 / seconds();
        }

        private double seconds() {
            return Math.max(elapsed.toNanos(), 1) / 1e9;
        }
    }

    /**
     * The phases over the same files, and drop-to-searchable latencies measured on the warm pipeline.
     *
     * @param tikaLoop        the Tika loop on one thread: the baseline of every ratio recorded so far
     * @param tikaLoopThreads the Tika loop on as many threads as the pipeline: like for like
     */
    public record Result(Phase tikaLoop, Phase tikaLoopThreads, Phase pipeline, int threads, List<Duration> dropToSearchable) {
    }

    private static final int FRESHNESS_PROBES = 10;

    private final Path sampleDir;
    private final Path workDir;
    private final int copies;
    private final int threads;

    public IngestBenchmark(Path sampleDir, Path workDir, int copies, int threads) {
        this.sampleDir = sampleDir;
        this.workDir = workDir;
        this.copies = copies;
        this.threads = threads;
    }

    public Result run() throws Exception {
        List<Path> files = SampleCorpus.distinctCopies(SampleCorpus.textSamples(sampleDir), copies, workDir.resolve("corpus"), "timed");
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        warmUp(files);
        Phase tika = tikaLoop(files, bytes, 1);
        Phase tikaThreads = tikaLoop(files, bytes, threads);
        List<Duration> freshness = new ArrayList<>();
        Phase pipeline = pipeline(files, bytes, freshness);
        return new Result(tika, tikaThreads, pipeline, threads, freshness);
    }

    /**
     * Ingests distinct copies of the first samples before timing, so the timed phase, like the Tika loop after its
     * warm-up, does not pay for class loading and JIT compilation of the pipeline's stages.
     */
    private void warmUpPipeline(Path home) throws Exception {
        List<Path> samples = SampleCorpus.textSamples(sampleDir);
        List<Path> warmUp = SampleCorpus.distinctCopies(samples, samples.size() * 2, workDir.resolve("warm-up"), "warm-up");
        InboxDrop drop = new InboxDrop(HomeLayout.at(home));
        List<InboxDrop.Dropped> dropped = new ArrayList<>();
        for (Path file : warmUp) {
            dropped.add(drop.copyIn(file, "warm-up/" + file.getFileName()));
        }
        drop.awaitAll(dropped, Duration.ofMinutes(5), outcome -> { });
    }

    /**
     * Drops one new report at a time into the warm pipeline and polls a separate index reader (as {@code ita search}
     * in another process would: it sees only committed segments) until the report's unique word is found.
     */
    private List<Duration> dropToSearchable(Path home, InboxDrop drop) throws Exception {
        List<Duration> latencies = new ArrayList<>();
        Path probeDir = workDir.resolve("probes");
        Files.createDirectories(probeDir);
        try (ReportSearcher otherReader = ReportSearcher.open(HomeLayout.at(home).index())) {
            for (int i = 0; i < FRESHNESS_PROBES; i++) {
                String marker = "freshnessprobe" + i + "x" + System.nanoTime();
                Path probe = probeDir.resolve("probe-" + i + ".txt");
                Files.writeString(probe, "รายงานทดสอบการค้นหา " + marker + "\n");
                long start = System.nanoTime();
                drop.copyIn(probe, probe.getFileName().toString());
                while (otherReader.search(SearchRequest.of(marker)).total() == 0) {
                    if (System.nanoTime() - start > Duration.ofSeconds(60).toNanos()) {
                        throw new IllegalStateException("probe " + i + " not searchable after 60 s");
                    }
                    Thread.sleep(10);
                }
                latencies.add(Duration.ofNanos(System.nanoTime() - start));
            }
        }
        return latencies;
    }

    /** Loads the parsers and JIT-compiles the hot paths once, so neither phase pays for class loading. */
    private static void warmUp(List<Path> files) throws IOException, TikaException {
        Tika tika = new Tika();
        for (Path file : files.subList(0, Math.min(10, files.size()))) {
            tika.parseToString(file);
        }
    }

    private static Phase tikaLoop(List<Path> files, long bytes, int threads) throws Exception {
        Tika tika = new Tika();
        tika.setMaxStringLength(-1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        HeapPeak.reset();
        Optional<ProcessCpu> cpuBefore = ProcessCpu.now();
        long start = System.nanoTime();
        int failed = 0;
        try {
            List<Future<Boolean>> parsed = new ArrayList<>();
            for (Path file : files) {
                parsed.add(pool.submit(() -> {
                    try {
                        tika.parseToString(file);
                        return true;
                    } catch (TikaException e) {
                        return false;
                    }
                }));
            }
            for (Future<Boolean> one : parsed) {
                failed += one.get() ? 0 : 1;
            }
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Phase("Tika.parseToString loop (%d thread%s)".formatted(threads, threads == 1 ? "" : "s"), files.size(),
                bytes, elapsed, HeapPeak.peakBytes(), failed, cpuSince(cpuBefore));
    }

    private static Optional<ProcessCpu> cpuSince(Optional<ProcessCpu> before) {
        return before.flatMap(b -> ProcessCpu.now().map(now -> now.since(b)));
    }

    private Phase pipeline(List<Path> files, long bytes, List<Duration> freshness) throws Exception {
        Path home = workDir.resolve("home");
        Main main = App.create(home, Map.of("ita.threads", Integer.toString(threads)));
        main.start();
        try {
            warmUpPipeline(home);
            InboxDrop drop = new InboxDrop(HomeLayout.at(home));
            HeapPeak.reset();
            Optional<ProcessCpu> cpuBefore = ProcessCpu.now();
            long start = System.nanoTime();
            List<InboxDrop.Dropped> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(drop.copyIn(file, "bench/" + file.getFileName()));
            }
            int[] failed = {0};
            drop.awaitAll(pending, Duration.ofMinutes(15), outcome -> {
                if (outcome.kind() == th.ita.ingest.DropOutcome.Kind.FAILED) {
                    failed[0]++;
                }
            });
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            Optional<ProcessCpu> cpu = cpuSince(cpuBefore);
            long peak = HeapPeak.peakBytes();
            freshness.addAll(dropToSearchable(home, drop));
            return new Phase("ita pipeline (%d threads, drop to archived)".formatted(threads), files.size(), bytes,
                    elapsed, peak, failed[0], cpu);
        } finally {
            main.stop();
        }
    }
}
