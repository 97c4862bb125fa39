package th.ita.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import th.ita.home.HomeLayout;
import th.ita.index.ReportIndexer;
import th.ita.ingest.DropOutcome;
import th.ita.ingest.InboxDrop;

/**
 * {@code ita ingest PATH...}: copies files into the inbox under their own names (a folder keeps its name and
 * inner paths), runs the pipeline until each has reached archive/ or failed/, and prints one line per file.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Copy files or folders into the inbox, wait until each is archived or failed, print the outcomes.")
public final class IngestCommand implements Callable<Integer>, WritesHome {

    @Mixin
    private HomeOption home;

    @Mixin
    private PipelineOptions pipeline;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    private List<Path> paths;

    @Option(names = "--stall-timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Give up waiting when no file has finished for this long (files stay in the inbox). Default: ${DEFAULT-VALUE}.")
    private long stallTimeoutSeconds;

    private final PrintWriter out = ConsoleOutput.stdout();
    private final PrintWriter err = ConsoleOutput.stderr();
    private final Map<DropOutcome.Kind, Integer> counts = new EnumMap<>(DropOutcome.Kind.class);
    private final List<InboxDrop.Dropped> dropped = new ArrayList<>();
    private final Set<String> printed = new HashSet<>();
    private ProgressBar progress;
    private boolean summarised;

    @Override
    public Integer call() throws Exception {
        List<Path> files = filesUnder(paths);
        if (files.isEmpty()) {
            throw new CommandFailure(ExitCode.NOT_FOUND, "Nothing to ingest: no files under " + paths);
        }
        HomeLayout layout = home.layout();
        err.printf("Home: %s%n", layout.root());
        InboxDrop drop = new InboxDrop(layout);
        progress = new ProgressBar(err, files.size(), "files");
        // a running 'ita run' on this home owns the index; hand the files to it instead of starting a second pipeline
        Optional<PipelineRun> ownPipeline = Optional.empty();
        if (ReportIndexer.isInUse(layout.index())) {
            err.println("A pipeline is already running on this home (ita run); handing the files to it.");
        } else {
            ownPipeline = Optional.of(PipelineRun.start(layout, pipeline.overrides(), () -> summarise(drop)));
        }
        try {
            for (Path file : files) {
                dropped.add(drop.copyIn(file, relativeNameOf(file)));
            }
            List<InboxDrop.Dropped> stuck = drop.awaitAll(dropped, Duration.ofSeconds(stallTimeoutSeconds), this::print);
            return summarise(drop, stuck);
        } finally {
            ownPipeline.ifPresent(PipelineRun::close);
            drop.removeEmptyFolders();
        }
    }

    private synchronized void print(DropOutcome outcome) {
        if (summarised) {
            return;
        }
        counts.merge(outcome.kind(), 1, Integer::sum);
        printed.add(outcome.relativeName());
        progress.clear();
        out.println(outcome.describe());
        out.flush();
        progress.show(counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** After Ctrl-C stopped the pipeline: what finished during the stop, and what stays in the inbox. */
    private synchronized void summarise(InboxDrop drop) {
        List<InboxDrop.Dropped> stuck = new ArrayList<>();
        for (InboxDrop.Dropped file : List.copyOf(dropped)) {
            if (!printed.contains(file.relativeName())) {
                drop.outcomeOf(file).ifPresentOrElse(this::print, () -> stuck.add(file));
            }
        }
        summarise(drop, stuck);
        drop.removeEmptyFolders();
    }

    private synchronized int summarise(InboxDrop drop, List<InboxDrop.Dropped> stuck) {
        if (summarised) {
            return ExitCode.INCOMPLETE;
        }
        summarised = true;
        progress.clear();
        stuck.forEach(file -> out.println("pending   " + file.relativeName() + "  (still in the inbox: ingested on the next 'ita run' or 'ita ingest')"));
        out.flush();
        int failed = counts.getOrDefault(DropOutcome.Kind.FAILED, 0);
        int waitingForOcr = counts.getOrDefault(DropOutcome.Kind.NEEDS_OCR, 0);
        int archived = counts.getOrDefault(DropOutcome.Kind.ARCHIVED, 0) + counts.getOrDefault(DropOutcome.Kind.DUPLICATE, 0);
        err.printf("%s: %d archived, %d failed, %d waiting for OCR%s%n", plural(dropped.size(), "file"), archived,
                failed, waitingForOcr, stuck.isEmpty() ? "" : ", " + stuck.size() + " still in the inbox");
        err.flush();
        return failed + stuck.size() == 0 ? ExitCode.OK : ExitCode.INCOMPLETE;
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A folder given keeps its own name and inner paths; a file given keeps its name. */
    private String relativeNameOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path root : paths) {
            Path rootAbsolute = root.toAbsolutePath().normalize();
            if (Files.isDirectory(rootAbsolute) && absolute.startsWith(rootAbsolute)) {
                Path folderName = rootAbsolute.getFileName();
                String inner = rootAbsolute.relativize(absolute).toString().replace('\\', '/');
                return folderName == null ? inner : folderName + "/" + inner;
            }
        }
        return absolute.getFileName().toString();
    }

    private static List<Path> filesUnder(List<Path> paths) throws IOException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandFailure(ExitCode.NOT_FOUND, "No such file or folder: " + path
                        + " (nothing was ingested; check the path)");
            }
        }
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> !file.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
