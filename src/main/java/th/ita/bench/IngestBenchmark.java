package th.ita.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.main.Main;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;

import th.ita.App;
import th.ita.ingest.InboxDrop;

/**
 * Ingests distinct copies of the samples through the whole pipeline, and times a plain loop of
 * {@code Tika.parseToString} over the same files in the same run, so the ratio can be compared run to run.
 */
public final class IngestBenchmark {

    /** Throughput and memory of one phase. */
    public record Phase(String name, int documents, long bytes, Duration elapsed, long peakHeapBytes, int failed) {
        public double documentsPerSecond() {
            return documents / seconds();
        }

        public double megabytesPerSecond() {
            return bytes / 1_048_576.0 / seconds();
        }

        private double seconds() {
            return Math.max(elapsed.toNanos(), 1) / 1e9;
        }
    }

    /** Both phases over the same files. */
    public record Result(Phase tikaLoop, Phase pipeline, int threads) {
    }

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
        List<Path> files = SampleCorpus.distinctCopies(SampleCorpus.textSamples(sampleDir), copies, workDir.resolve("corpus"));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        warmUp(files);
        Phase tika = tikaLoop(files, bytes);
        Phase pipeline = pipeline(files, bytes);
        return new Result(tika, pipeline, threads);
    }

    /** Loads the parsers and JIT-compiles the hot paths once, so neither phase pays for class loading. */
    private static void warmUp(List<Path> files) throws IOException, TikaException {
        Tika tika = new Tika();
        for (Path file : files.subList(0, Math.min(10, files.size()))) {
            tika.parseToString(file);
        }
    }

    private static Phase tikaLoop(List<Path> files, long bytes) throws IOException {
        Tika tika = new Tika();
        tika.setMaxStringLength(-1);
        HeapPeak.reset();
        long start = System.nanoTime();
        int failed = 0;
        for (Path file : files) {
            try {
                tika.parseToString(file);
            } catch (TikaException e) {
                failed++;
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Phase("Tika.parseToString loop (1 thread)", files.size(), bytes, elapsed, HeapPeak.peakBytes(), failed);
    }

    private Phase pipeline(List<Path> files, long bytes) throws Exception {
        Path home = workDir.resolve("home");
        Main main = App.create(home, Map.of("ita.threads", Integer.toString(threads)));
        main.start();
        try {
            InboxDrop drop = new InboxDrop(home, "bench");
            HeapPeak.reset();
            long start = System.nanoTime();
            List<InboxDrop.Dropped> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(drop.copyIn(file, file.getFileName().toString()));
            }
            int failed = 0;
            while (!pending.isEmpty()) {
                for (var it = pending.iterator(); it.hasNext(); ) {
                    var outcome = drop.outcomeOf(it.next());
                    if (outcome.isPresent()) {
                        it.remove();
                        if (outcome.get().kind() == th.ita.ingest.DropOutcome.Kind.FAILED) {
                            failed++;
                        }
                    }
                }
                Thread.sleep(20);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Phase("ita pipeline (%d threads, drop to archived)".formatted(threads), files.size(), bytes,
                    elapsed, HeapPeak.peakBytes(), failed);
        } finally {
            main.stop();
        }
    }
}
