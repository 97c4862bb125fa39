package th.ita.cli;

import java.util.concurrent.Callable;

import org.apache.camel.main.Main;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import th.ita.App;

/** {@code ita run}: watch the inbox until stopped; Ctrl-C lets in-flight files finish. */
@Command(name = "run", description = "Watch <home>/inbox and ingest every file dropped there, until stopped (Ctrl-C).")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    private HomeOption home;

    @Mixin
    private PipelineOptions pipeline;

    @Override
    public Integer call() throws Exception {
        Main main = App.create(home.home(), pipeline.overrides());
        System.err.printf("Watching %s (Ctrl-C to stop; files being processed are finished first)%n",
                home.home().resolve("inbox"));
        main.run();
        return main.getExitCode();
    }
}
