package th.ita.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import th.ita.home.HomeLayout;

/** {@code ita run}: watch the inbox until stopped; Ctrl-C lets in-flight files finish. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Watch <home>/inbox and ingest every file dropped there, until stopped (Ctrl-C).")
public final class RunCommand implements Callable<Integer>, WritesHome {

    @Mixin
    private HomeOption home;

    @Mixin
    private PipelineOptions pipeline;

    @Override
    public Integer call() throws Exception {
        HomeLayout layout = home.layout();
        ConsoleOutput.stderr().printf("Home: %s%n", layout.root());
        PipelineRun run = PipelineRun.start(layout, pipeline.overrides(),
                () -> ConsoleOutput.stderr().println("Stopped."));
        ConsoleOutput.stderr().printf("Watching %s (Ctrl-C to stop; files being processed are finished first)%n",
                layout.inbox());
        run.awaitStop();
        return ExitCode.INTERRUPTED;
    }
}
