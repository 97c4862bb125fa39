package th.ita.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.camel.main.Main;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import th.ita.App;

/** {@code ita run}: watch the inbox until stopped; Ctrl-C lets in-flight files finish. */
@Command(name = "run", description = "Watch <home>/inbox and ingest every file dropped there, until stopped (Ctrl-C).")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    private HomeOption home;

    @Mixin
    private PipelineOptions pipeline;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "A folder to index in place and follow (repeatable; default: ita.watch).")
    private List<Path> watch = List.of();

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new HashMap<>(pipeline.overrides());
        if (!watch.isEmpty()) {
            overrides.put("ita.watch", watch.stream().map(folder -> folder.toAbsolutePath().normalize().toString())
                    .collect(Collectors.joining(",")));
        }
        Main main = App.create(home.home(), overrides);
        System.err.printf("Watching %s (Ctrl-C to stop; files being processed are finished first)%n",
                home.home().resolve("inbox"));
        main.run();
        return main.getExitCode();
    }
}
