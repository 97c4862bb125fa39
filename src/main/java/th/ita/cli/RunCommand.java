package th.ita.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import th.ita.home.HomeLayout;

/** {@code ita run}: watch the inbox until stopped; Ctrl-C lets in-flight files finish. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Watch <home>/inbox and ingest every file dropped there, until stopped (Ctrl-C).")
public final class RunCommand implements Callable<Integer>, WritesHome {

    @Mixin
    private HomeOption home;

    @Mixin
    private PipelineOptions pipeline;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "A folder to index in place and follow (repeatable; default: ita.watch).")
    private List<Path> watch = List.of();

    @Override
    public Integer call() throws Exception {
        HomeLayout layout = home.layout();
        Map<String, String> overrides = new HashMap<>(pipeline.overrides());
        if (!watch.isEmpty()) {
            overrides.put("ita.watch", watch.stream().map(folder -> folder.toAbsolutePath().normalize().toString())
                    .collect(Collectors.joining(",")));
        }
        ConsoleOutput.stderr().printf("Home: %s%n", layout.root());
        PipelineRun run = PipelineRun.start(layout, overrides,
                () -> ConsoleOutput.stderr().println("Stopped."));
        ConsoleOutput.stderr().printf("Watching %s (Ctrl-C to stop; files being processed are finished first)%n",
                layout.inbox());
        run.awaitStop();
        return ExitCode.INTERRUPTED;
    }
}
