package th.ita.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.camel.main.Main;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import th.ita.App;
import th.ita.index.ReportIndexer;
import th.ita.ingest.DropOutcome;
import th.ita.ingest.InboxDrop;

/**
 * {@code ita ingest PATH...}: copies files into the inbox under a batch folder, runs the pipeline until each has
 * reached archive/ or failed/, and prints one line per file.
 */
@Command(name = "ingest", description = "Copy files or folders into the inbox, wait until each is archived or failed, print the outcomes.")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    private HomeOption home;

    @Mixin
    private PipelineOptions pipeline;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    private List<Path> paths;

    @Option(names = "--stall-timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Give up waiting when no file has finished for this long (files stay in the inbox). Default: ${DEFAULT-VALUE}.")
    private long stallTimeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Path homeDir = home.home();
        String batch = "ingest-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        InboxDrop drop = new InboxDrop(homeDir, batch);
        List<Path> files = filesUnder(paths);
        if (files.isEmpty()) {
            System.err.println("Nothing to ingest: no files under " + paths);
            return 2;
        }
        // a running 'ita run' on this home owns the index; hand the files to it instead of starting a second pipeline
        boolean handOver = ReportIndexer.isInUse(homeDir.resolve("index"));
        Optional<Main> ownPipeline = handOver ? Optional.empty() : Optional.of(App.create(homeDir, pipeline.overrides()));
        if (handOver) {
            System.err.println("A pipeline is already running on " + homeDir + " (ita run); handing the files to it.");
        }
        for (Main main : ownPipeline.stream().toList()) {
            main.start();
        }
        try {
            List<InboxDrop.Dropped> dropped = new ArrayList<>();
            for (Path file : files) {
                dropped.add(drop.copyIn(file, relativeNameOf(file)));
            }
            int failed = waitAndReport(drop, dropped, System.out, System.err);
            return failed == 0 ? 0 : 1;
        } finally {
            ownPipeline.ifPresent(Main::stop);
        }
    }

    private int waitAndReport(InboxDrop drop, List<InboxDrop.Dropped> dropped, PrintStream out, PrintStream progress)
            throws InterruptedException {
        Map<DropOutcome.Kind, Integer> counts = new EnumMap<>(DropOutcome.Kind.class);
        List<InboxDrop.Dropped> stuck = drop.awaitAll(dropped, Duration.ofSeconds(stallTimeoutSeconds), outcome -> {
            counts.merge(outcome.kind(), 1, Integer::sum);
            clearLine(progress);
            out.println(outcome.describe());
            printProgress(progress, counts.values().stream().mapToInt(Integer::intValue).sum(), dropped.size());
        });
        clearLine(progress);
        stuck.forEach(file -> out.println("pending   " + file.relativeName() + "  (still in the inbox)"));
        int failed = counts.getOrDefault(DropOutcome.Kind.FAILED, 0);
        int waitingForOcr = counts.getOrDefault(DropOutcome.Kind.NEEDS_OCR, 0);
        progress.printf("%d files: %d archived, %d failed, %d waiting for OCR%s%n", dropped.size(),
                counts.getOrDefault(DropOutcome.Kind.ARCHIVED, 0) + counts.getOrDefault(DropOutcome.Kind.DUPLICATE, 0),
                failed, waitingForOcr, stuck.isEmpty() ? "" : ", " + stuck.size() + " still in the inbox");
        return failed + stuck.size();
    }

    private static void printProgress(PrintStream progress, int done, int total) {
        if (total > 1) {
            int width = 30;
            int filled = done * width / total;
            progress.printf("\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(width - filled), done, total);
            progress.flush();
        }
    }

    private static void clearLine(PrintStream progress) {
        progress.print("\r\033[K");
        progress.flush();
    }

    private String relativeNameOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path root : paths) {
            Path rootAbsolute = root.toAbsolutePath().normalize();
            if (Files.isDirectory(rootAbsolute) && absolute.startsWith(rootAbsolute)) {
                return rootAbsolute.getFileName() + "/" + rootAbsolute.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return absolute.getFileName().toString();
    }

    private static List<Path> filesUnder(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> !file.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("No such file or folder: " + path);
            }
        }
        return files;
    }
}
