package th.ita.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import th.ita.bench.WatchBenchmark;

/** {@code ita bench watch}: first scan and idle cost of a watched folder of small text reports. */
@Command(name = "watch", description = "Watch a generated folder of small text reports: first scan, idle CPU, rescan cost.")
final class WatchBenchCommand implements Callable<Integer> {

    @Option(names = "--files", defaultValue = "2000", description = "Files in the watched folder (default: ${DEFAULT-VALUE}).")
    private int files;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("ita-bench-watch-");
        System.out.printf("watch benchmark: %d small text files, %d cores, max heap %d MB%n", files,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1_048_576);
        WatchBenchmark.Result result = new WatchBenchmark(work, files).run();
        double scanSeconds = result.firstScan().toMillis() / 1000.0;
        System.out.printf("first scan (routes up to all indexed): %5.1f s  %8.1f files/s  peak heap %d MB%n", scanSeconds,
                result.files() / scanSeconds, result.firstScanHeapBytes() / 1_048_576);
        System.out.printf("hash every file once (baseline):    %8.2f s  %8.0f files/s  first scan / hashing time: %.0fx%n",
                result.hashOnly().toMillis() / 1000.0, result.files() / (result.hashOnly().toMillis() / 1000.0),
                (double) result.firstScan().toMillis() / Math.max(1, result.hashOnly().toMillis()));
        System.out.printf("idle ita run (inbox and watch), nothing changing: %.2f %% of one core%n", result.idleCpuPercent());
        System.out.printf("rescan of the unchanged tree:       %8d ms  %8.0f files/s%n", result.rescan().toMillis(),
                result.files() / Math.max(0.001, result.rescan().toNanos() / 1e9));
        System.out.printf("bare walk with size+mtime (baseline): %6d ms  rescan / walk: %.1fx%n", result.bareWalk().toMillis(),
                (double) result.rescan().toNanos() / Math.max(1, result.bareWalk().toNanos()));
        System.out.println("work folder (delete when done): " + work);
        return 0;
    }
}
