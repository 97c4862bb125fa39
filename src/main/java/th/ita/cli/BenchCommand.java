package th.ita.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import th.ita.bench.IngestBenchmark;
import th.ita.bench.OcrBenchmark;
import th.ita.bench.ThaiDamageSurvey;
import th.ita.config.Settings;
import th.ita.normalize.ThaiDamageReport;

/** {@code ita bench ...}: benchmarks that print numbers to compare run to run. */
// scope INHERIT: every benchmark takes --help and --home wherever they are written (ita bench ingest --home D)
@Command(name = "bench", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        description = "Benchmarks (print figures; never pass or fail).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Ocr.class, BenchCommand.ThaiDamage.class, WatchBenchCommand.class,
            SearchBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {

    /** Accepted like every command's and left alone: the benchmarks work in temporary folders of their own. */
    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Accepted like every command's; benchmarks never touch it (they work in temporary folders).")
    Path home;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** {@code ita bench} alone: which benchmarks there are, as a usage error, because none was chosen. */
    @Override
    public Integer call() {
        ConsoleOutput.stderr().println("Choose a benchmark: ita bench ingest | ita bench ocr | ita bench search | ita bench watch | ita bench thai-damage FILE...");
        spec.commandLine().usage(ConsoleOutput.stderr());
        return ExitCode.USAGE;
    }

    /** {@code ita bench ingest}: pipeline throughput against a plain Tika loop over the same files. */
    @Command(name = "ingest", description = "Ingest distinct copies of the samples; compare with a plain Tika.parseToString loop.")
    static final class Ingest implements Callable<Integer> {

        @Option(names = "--samples", defaultValue = "sample-input", description = "Folder of sample reports (default: ${DEFAULT-VALUE}).")
        private Path samples;

        @Option(names = "--copies", defaultValue = "300", description = "Distinct copies to ingest (default: ${DEFAULT-VALUE}).")
        private int copies;

        @Option(names = "--threads", defaultValue = "0", description = "Pipeline worker threads; 0 = one per core.")
        private int threads;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("ita-bench-ingest-");
            int workers = Settings.threadsOrCores(threads);
            System.out.printf("ingest benchmark: %d copies of %s, %d cores, %d pipeline threads, max heap %d MB%n",
                    copies, samples, Runtime.getRuntime().availableProcessors(), workers,
                    Runtime.getRuntime().maxMemory() / 1_048_576);
            IngestBenchmark.Result result = new IngestBenchmark(samples, work, copies, workers).run();
            System.out.printf("%-45s %8s %8s %9s %8s %12s %7s %15s%n", "phase", "docs", "MB", "seconds", "docs/s", "MB/s", "heap MB",
                    "cpu ms/doc");
            for (IngestBenchmark.Phase phase : new IngestBenchmark.Phase[] {result.tikaLoop(), result.tikaLoopThreads(), result.pipeline()}) {
                System.out.printf("%-45s %8d %8.1f %9.2f %8.2f %12.2f %7d %15s%s%n", phase.name(), phase.documents(),
                        phase.bytes() / 1_048_576.0, phase.elapsed().toMillis() / 1000.0, phase.documentsPerSecond(),
                        phase.megabytesPerSecond(), phase.peakHeapBytes() / 1_048_576,
                        phase.workMillisPerDocument().map(ms -> "%.1f".formatted(ms)).orElse("-"),
                        phase.failed() > 0 ? "  (" + phase.failed() + " failed)" : "");
            }
            System.out.println("(cpu ms/doc: the JVM's CPU per document, JIT compiling and garbage collection left out)");
            System.out.printf("pipeline / Tika loop throughput ratio: %.2f (Tika on 1 thread), %.2f (Tika on %d threads, as the pipeline)%n",
                    result.pipeline().documentsPerSecond() / result.tikaLoop().documentsPerSecond(),
                    result.pipeline().documentsPerSecond() / result.tikaLoopThreads().documentsPerSecond(), result.threads());
            result.tikaLoop().workMillisPerDocument().flatMap(tika -> result.pipeline().workMillisPerDocument().map(pipeline -> tika / pipeline))
                    .ifPresent(ratio -> System.out.printf("Tika loop / pipeline CPU per document: %.2f%n", ratio));
            var latencies = result.dropToSearchable().stream().mapToLong(java.time.Duration::toMillis).sorted().toArray();
            System.out.printf("drop to searchable by a separate reader (%d probes, warm pipeline): median %d ms, max %d ms%n",
                    latencies.length, latencies[latencies.length / 2], latencies[latencies.length - 1]);
            System.out.println("work folder (delete when done): " + work);
            return 0;
        }
    }

    /** {@code ita bench ocr}: pipeline pages per minute on the scans against the tesseract command line. */
    @Command(name = "ocr", description = "OCR the scanned samples through the pipeline and with the tesseract command line, alternately; compare pages per minute.")
    static final class Ocr implements Callable<Integer> {

        @Option(names = "--samples", defaultValue = "sample-input", description = "Folder whose files named *scanned* are read (default: ${DEFAULT-VALUE}).")
        private Path samples;

        @Option(names = "--rounds", defaultValue = "2", description = "Rounds of one pipeline run and one command-line run each (default: ${DEFAULT-VALUE}).")
        private int rounds;

        @Option(names = "--threads", defaultValue = "0", description = "Pipeline threads, OCR slots and command-line processes; 0 = one per core.")
        private int threads;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("ita-bench-ocr-");
            int cores = Settings.threadsOrCores(threads);
            System.out.printf("OCR benchmark: scans in %s, %d rounds, %d cores, %d pages at once, OMP_THREAD_LIMIT=%s%n",
                    samples, rounds, Runtime.getRuntime().availableProcessors(), cores, System.getenv("OMP_THREAD_LIMIT"));
            OcrBenchmark.Result result = new OcrBenchmark(samples, work, rounds, cores).run();
            System.out.println("CPU seconds per page: the JVM's (its work, JIT compiling, garbage collection) and its Tesseracts'");
            System.out.printf("%-15s %5s %6s %9s %10s %17s %7s %9s %9s %9s %9s %11s%n", "run", "round", "pages", "seconds", "pages/min",
                    "load before/after", "failed", "JVM work", "JIT", "GC", "tesseract", "tesseracts");
            for (OcrBenchmark.Run run : result.runs()) {
                System.out.printf("%-15s %5d %6d %9.1f %10.1f %8.1f / %6.1f %7d %9s %9s %9s %9s %11d%n", run.kind(), run.round(), run.pages(),
                        run.elapsed().toMillis() / 1000.0, run.pagesPerMinute(), run.loadBefore(), run.loadAfter(), run.failed(),
                        perPage(run, c -> c.workSeconds()), perPage(run, c -> c.compilerSeconds()), perPage(run, c -> c.gcSeconds()),
                        perPage(run, c -> c.childrenSeconds()), run.tesseracts());
            }
            System.out.println("reports of the pipeline's runs: " + result.lastReports());
            System.out.println("work folder (delete when done): " + work);
            System.out.printf(java.util.Locale.ROOT, "pages=%d pipeline_ppm=%.1f cli_ppm=%.1f ratio=%.2f pipeline_cpu_s_per_page=%s cli_cpu_s_per_page=%s cpu_ratio=%s%n",
                    result.pagesPerRun(), result.pagesPerMinute(OcrBenchmark.PIPELINE), result.pagesPerMinute(OcrBenchmark.COMMAND_LINE),
                    result.ratio(), formatted(result.cpuSecondsPerPage(OcrBenchmark.PIPELINE)),
                    formatted(result.cpuSecondsPerPage(OcrBenchmark.COMMAND_LINE)), formatted(result.cpuRatio()));
            return result.runs().stream().anyMatch(r -> r.failed() > 0) ? 1 : 0;
        }
    }

    private static String perPage(OcrBenchmark.Run run, java.util.function.ToDoubleFunction<th.ita.bench.ProcessCpu> seconds) {
        return run.cpu().map(c -> String.format(java.util.Locale.ROOT, "%.3f", seconds.applyAsDouble(c) / run.pages())).orElse("-");
    }

    private static String formatted(java.util.OptionalDouble value) {
        return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
    }

    /** {@code ita bench thai-damage FILE...}: damaged Thai sequences in Tika's text before and after repair. */
    @Command(name = "thai-damage", description = "Count damaged Thai (PUA glyphs, lost or decomposed SARA AM, misplaced marks) before and after repair.")
    static final class ThaiDamage implements Callable<Integer> {

        @picocli.CommandLine.Parameters(paramLabel = "FILE", arity = "1..*", description = "PDF, DOCX or text files.")
        private java.util.List<Path> files;

        @Override
        public Integer call() {
            String row = "%-28s %7s %6s %7s %7s %6s %7s %6s%n";
            System.out.printf(row, "file", "", "PUA", "lostAM", "markSp", "order", "decAM", "total");
            ThaiDamageReport totalBefore = ThaiDamageReport.NONE;
            ThaiDamageReport totalAfter = ThaiDamageReport.NONE;
            for (ThaiDamageSurvey.FileDamage file : new ThaiDamageSurvey().survey(files)) {
                if (file.error().isPresent()) {
                    System.out.printf("%-28s not extracted: %s%n", file.file(), file.error().get());
                    continue;
                }
                printCounts(file.file(), "before", file.before());
                printCounts("", "after", file.after());
                totalBefore = totalBefore.plus(file.before());
                totalAfter = totalAfter.plus(file.after());
            }
            printCounts("TOTAL", "before", totalBefore);
            printCounts("", "after", totalAfter);
            return 0;
        }

        private static void printCounts(String file, String when, ThaiDamageReport counts) {
            System.out.printf("%-28s %7s %6d %7d %7d %6d %7d %6d%n", file, when, counts.privateUseGlyphs(),
                    counts.saraAmLostAsSpace(), counts.marksAfterWhitespace(), counts.marksOutOfOrder(),
                    counts.decomposedSaraAm(), counts.total());
        }
    }
}
