package th.ita.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.camel.main.Main;

import th.ita.App;
import th.ita.extract.ocr.ImageFilePages;
import th.ita.extract.ocr.OcrSettings;
import th.ita.extract.ocr.PageImages;
import th.ita.extract.ocr.PdfPages;
import th.ita.extract.ocr.TesseractHocr;
import th.ita.extract.ocr.TesseractInstallation;
import th.ita.home.HomeLayout;
import th.ita.ingest.DropOutcome;
import th.ita.ingest.InboxDrop;

/**
 * Pages per minute of the whole pipeline on the scanned samples, against the tesseract command line on the same
 * page images with the same settings, one process per core. Runs alternate (pipeline, command line, command line,
 * pipeline, ...) in one process, so load from other work on the machine falls on both alike and the ratio of their
 * totals can be compared run to run where the absolute figures cannot.
 */
public final class OcrBenchmark {

    /**
     * One timed run over every page.
     *
     * @param cpu        CPU this JVM and the processes it started spent during the run (empty without /proc)
     * @param tesseracts Tesseract processes started during the run
     */
    public record Run(String kind, int round, int pages, Duration elapsed, double loadBefore, double loadAfter, int failed,
                      Optional<ProcessCpu> cpu, long tesseracts) {
        public double pagesPerMinute() {
            return pages * 60.0 / Math.max(elapsed.toNanos(), 1) * 1e9;
        }
    }

    /** Every run in the order made, and the totals of each kind. */
    public record Result(List<Run> runs, int pagesPerRun, Path lastReports) {
        public double pagesPerMinute(String kind) {
            long nanos = runs.stream().filter(r -> r.kind().equals(kind)).mapToLong(r -> r.elapsed().toNanos()).sum();
            int pages = runs.stream().filter(r -> r.kind().equals(kind)).mapToInt(Run::pages).sum();
            return pages * 60.0 / Math.max(nanos, 1) * 1e9;
        }

        public double ratio() {
            return pagesPerMinute(PIPELINE) / pagesPerMinute(COMMAND_LINE);
        }

        /**
         * CPU seconds per page of one kind, empty without /proc: for the pipeline its JVM's and its Tesseracts'
         * together; for the command line its Tesseracts' alone (the JVM only waits for them then).
         */
        public OptionalDouble cpuSecondsPerPage(String kind) {
            List<Run> ofKind = runs.stream().filter(r -> r.kind().equals(kind)).toList();
            if (ofKind.isEmpty() || ofKind.stream().anyMatch(r -> r.cpu().isEmpty())) {
                return OptionalDouble.empty();
            }
            boolean pipeline = kind.equals(PIPELINE);
            double seconds = ofKind.stream().map(r -> r.cpu().orElseThrow())
                    .mapToDouble(c -> c.childrenSeconds() + (pipeline ? c.ownSeconds() : 0)).sum();
            return OptionalDouble.of(seconds / ofKind.stream().mapToInt(Run::pages).sum());
        }

        /**
         * The command line's CPU per page over the pipeline's: what the wall ratio would be on a machine where
         * nothing else runs and every CPU second of either turns into wall time alike.
         */
        public OptionalDouble cpuRatio() {
            OptionalDouble pipeline = cpuSecondsPerPage(PIPELINE);
            OptionalDouble commandLine = cpuSecondsPerPage(COMMAND_LINE);
            return pipeline.isPresent() && commandLine.isPresent()
                    ? OptionalDouble.of(commandLine.getAsDouble() / pipeline.getAsDouble()) : OptionalDouble.empty();
        }
    }

    public static final String PIPELINE = "pipeline";
    public static final String COMMAND_LINE = "tesseract CLI";

    /** A page image written for the command line, with the resolution the pipeline reads it at. */
    private record PageFile(Path image, int dpi) {
    }

    private final Path sampleDir;
    private final Path workDir;
    private final int rounds;
    private final int cores;
    private final OcrSettings settings = OcrSettings.defaults();
    private final TesseractHocr tesseract;

    public OcrBenchmark(Path sampleDir, Path workDir, int rounds, int cores) {
        this.sampleDir = sampleDir;
        this.workDir = workDir;
        this.rounds = rounds;
        this.cores = cores;
        TesseractInstallation installation = TesseractInstallation.probe(settings.tesseract(), settings.language());
        if (!installation.usable()) {
            throw new IllegalStateException("Tesseract cannot run here: " + installation.missing().orElse(""));
        }
        this.tesseract = new TesseractHocr(installation, settings);
    }

    /** The scanned samples: files named "scanned", PDFs and images. */
    public static List<Path> scannedSamples(Path sampleDir) throws IOException {
        try (Stream<Path> walk = Files.walk(sampleDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> {
                        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.contains("scanned") && name.matches(".*\\.(pdf|png|jpe?g|tiff?)");
                    })
                    .sorted()
                    .toList();
        }
    }

    public Result run() throws Exception {
        List<Path> samples = scannedSamples(sampleDir);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("No scanned samples (files named *scanned*.pdf|png|jpg|tif) in " + sampleDir);
        }
        List<PageFile> pages = pageImages(samples);
        Path home = workDir.resolve("home");
        Main main = App.create(home, Map.of("ita.threads", Integer.toString(cores),
                "ita.ocr.parallel-pages", Integer.toString(cores)));
        main.start();
        List<Run> runs = new ArrayList<>();
        try {
            InboxDrop drop = new InboxDrop(HomeLayout.at(home));
            // every sample once, untimed, so the timed runs do not pay for class loading and the JIT compiling of
            // each kind of scan's code (a warm-up on one PNG page left 15 s of compiling to the first timed PDF)
            pipelineRun(drop, SampleCorpus.distinctCopies(samples, samples.size(), workDir.resolve("warm-up"), "warm-up"), 0, pages.size());
            // ABBA order: a drift in the machine's load during the run falls on both kinds alike
            for (int round = 1; round <= rounds; round++) {
                boolean pipelineFirst = round % 2 == 1;
                List<Path> copies = SampleCorpus.distinctCopies(samples, samples.size(), workDir.resolve("round-" + round), "round " + round);
                if (pipelineFirst) {
                    runs.add(pipelineRun(drop, copies, round, pages.size()));
                    runs.add(commandLineRun(pages, round));
                } else {
                    runs.add(commandLineRun(pages, round));
                    runs.add(pipelineRun(drop, copies, round, pages.size()));
                }
            }
        } finally {
            main.stop();
        }
        return new Result(runs, pages.size(), HomeLayout.at(home).reports());
    }

    /** Every page as the pipeline renders it, written losslessly for the command line (not timed). */
    private List<PageFile> pageImages(List<Path> samples) throws IOException {
        Path folder = Files.createDirectories(workDir.resolve("page-images"));
        List<PageFile> pages = new ArrayList<>();
        for (Path sample : samples) {
            boolean pdf = sample.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
            try (PageImages images = pdf ? new PdfPages(sample, settings.dpi()) : new ImageFilePages(sample, settings.dpi())) {
                for (int n = 1; n <= images.count(); n++) {
                    Path png = folder.resolve(sample.getFileName() + "-p" + n + ".png");
                    ImageIO.write(images.render(n).image(), "png", png.toFile());
                    pages.add(new PageFile(png, images.dpi(n)));
                }
            }
        }
        return pages;
    }

    private Run pipelineRun(InboxDrop drop, List<Path> files, int round, int pageCount) throws Exception {
        double loadBefore = loadAverage();
        Optional<ProcessCpu> cpuBefore = ProcessCpu.now();
        long tesseractsBefore = TesseractHocr.processesStarted();
        long start = System.nanoTime();
        List<InboxDrop.Dropped> dropped = new ArrayList<>();
        for (Path file : files) {
            dropped.add(drop.copyIn(file, "round-" + round + "/" + file.getFileName()));
        }
        int[] failed = {0};
        List<InboxDrop.Dropped> left = drop.awaitAll(dropped, Duration.ofMinutes(10), outcome -> {
            if (outcome.kind() != DropOutcome.Kind.ARCHIVED) {
                failed[0]++;
            }
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Run(PIPELINE, round, pageCount, elapsed, loadBefore, loadAverage(), failed[0] + left.size(),
                cpuSince(cpuBefore), TesseractHocr.processesStarted() - tesseractsBefore);
    }

    private Run commandLineRun(List<PageFile> pages, int round) throws Exception {
        Path out = Files.createDirectories(workDir.resolve("cli-" + round));
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        double loadBefore = loadAverage();
        Optional<ProcessCpu> cpuBefore = ProcessCpu.now();
        long start = System.nanoTime();
        int failed = 0;
        try {
            List<Future<Integer>> exits = new ArrayList<>();
            for (PageFile page : pages) {
                exits.add(pool.submit(() -> tesseract(page, out.resolve(page.image().getFileName().toString()))));
            }
            for (Future<Integer> exit : exits) {
                failed += exit.get() == 0 ? 0 : 1;
            }
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Run(COMMAND_LINE, round, pages.size(), elapsed, loadBefore, loadAverage(), failed, cpuSince(cpuBefore), pages.size());
    }

    private static Optional<ProcessCpu> cpuSince(Optional<ProcessCpu> before) {
        return before.flatMap(b -> ProcessCpu.now().map(now -> now.since(b)));
    }

    /** The command the pipeline runs for a page, on the image file instead of the PGM the pipeline writes. */
    private int tesseract(PageFile page, Path outputBase) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(tesseract.commandFor(page.image(), outputBase, page.dpi()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        command.environment().put("OMP_THREAD_LIMIT", "1");
        return command.start().waitFor();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
