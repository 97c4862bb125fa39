package th.ita.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.camel.main.Main;

import th.ita.App;
import th.ita.extract.SupportedFormats;
import th.ita.home.HomeLayout;
import th.ita.ingest.FileIntake;
import th.ita.watch.TreeReconciler;
import th.ita.watch.WatchCatalogue;
import th.ita.watch.WatchStatus;

/**
 * The cost of watching a folder of small text reports: the first scan through the whole pipeline (against hashing
 * the same files, the least any first scan must do), the CPU an idle {@code ita run} spends watching, and the
 * periodic rescan of an unchanged tree (against a bare walk reading the same attributes).
 */
public final class WatchBenchmark {

    /**
     * @param files              files in the watched folder
     * @param firstScan          time from the routes' start until every file was indexed
     * @param firstScanHeapBytes peak heap during the first scan
     * @param hashOnly           time to hash every file once (baseline)
     * @param idleCpuPercent     CPU of the process while nothing changes, percent of one core
     * @param rescan             one reconciling scan of the unchanged tree (median of 5)
     * @param bareWalk           a bare walk of the tree reading size and modification time (median of 5)
     */
    public record Result(int files, Duration firstScan, long firstScanHeapBytes, Duration hashOnly,
                         double idleCpuPercent, Duration rescan, Duration bareWalk) {
    }

    private static final Duration IDLE_WINDOW = Duration.ofSeconds(10);

    private final Path workDir;
    private final int files;

    public WatchBenchmark(Path workDir, int files) {
        this.workDir = workDir;
        this.files = files;
    }

    public Result run() throws Exception {
        Path watched = workDir.resolve("watched");
        Path home = workDir.resolve("home");
        writeReports(watched);
        Duration hashOnly = time(() -> hashAll(watched));

        HeapPeak.reset();
        Main main = App.create(home, Map.of("ita.watch", watched.toString()));
        main.start();
        // from the routes' start: booting Camel, Tika and Lucene is the same with or without watched folders
        long start = System.nanoTime();
        Duration firstScan;
        long heap;
        double idleCpu;
        try {
            while (WatchStatus.of(HomeLayout.at(home)).indexed() + WatchStatus.of(HomeLayout.at(home)).failed() < files) {
                Thread.sleep(100);
            }
            firstScan = Duration.ofNanos(System.nanoTime() - start);
            heap = HeapPeak.peakBytes();
            idleCpu = idleCpuPercent();
        } finally {
            main.stop();
        }

        try (WatchCatalogue catalogue = WatchCatalogue.open(home.resolve("watch/catalogue.jsonl"))) {
            TreeReconciler reconciler = new TreeReconciler(java.util.List.of(watched), catalogue, id -> true,
                    SupportedFormats.extensions(), Pattern.compile("~\\$.*"), 500, 200, Clock.systemUTC());
            Duration rescan = median(() -> {
                if (!reconciler.scan().changes().isEmpty()) {
                    throw new IllegalStateException("an unchanged tree must give no changes");
                }
            });
            Duration walk = median(() -> bareWalk(watched));
            return new Result(files, firstScan, heap, hashOnly, idleCpu, rescan, walk);
        }
    }

    private void writeReports(Path watched) throws IOException {
        for (int i = 0; i < files; i++) {
            Path file = watched.resolve("year-" + (2560 + i % 7)).resolve("district-" + (i % 50)).resolve("report-" + i + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส หน่วยงานที่ " + i
                    + "\nมาตรการที่ 1 การเปิดเผยข้อมูล\n", StandardCharsets.UTF_8);
        }
    }

    /** Process CPU over a window in which nothing changes in the watched folder. */
    private static double idleCpuPercent() throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(2_000); // let the last commit and refresh settle
        long cpuBefore = os.getProcessCpuTime();
        long before = System.nanoTime();
        Thread.sleep(IDLE_WINDOW.toMillis());
        return 100.0 * (os.getProcessCpuTime() - cpuBefore) / (System.nanoTime() - before);
    }

    private static void hashAll(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(FileIntake::sha256Of);
        }
    }

    private static void bareWalk(Path folder) throws IOException {
        long[] total = {0};
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                total[0] += attrs.size() + attrs.lastModifiedTime().toMillis();
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private interface Step {
        void run() throws Exception;
    }

    private static Duration time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Duration median(Step step) throws Exception {
        Duration[] runs = new Duration[5];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = time(step);
        }
        java.util.Arrays.sort(runs);
        return runs[runs.length / 2];
    }
}
