package th.ita.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.apache.camel.main.DefaultMainShutdownStrategy;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.App;
import th.ita.home.HomeLayout;

/**
 * The pipeline running inside this process for one command. Ctrl-C (or SIGTERM) stops it gracefully: the files
 * being processed finish whole, the others stay in the inbox, and then {@code afterStop} tells the person what
 * became of them. Camel's own hang-up hook is switched off so the stop happens once, here.
 */
final class PipelineRun implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineRun.class);
    static final String INGEST_ROUTE = "ingest";

    private final Main main;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Thread hook;

    private PipelineRun(Main main) {
        this.main = main;
    }

    /**
     * Starts the pipeline on {@code home}.
     *
     * @param afterStop run on a signal once the pipeline has stopped, before the process exits
     * @throws CommandFailure when the routes folder holds no ingest route
     */
    static PipelineRun start(HomeLayout home, Map<String, String> overrides, Runnable afterStop) throws Exception {
        return start(home, overrides, false, afterStop);
    }

    /** @param serveHttp whether the web page and HTTP API are served too ({@code ita run}) */
    static PipelineRun start(HomeLayout home, Map<String, String> overrides, boolean serveHttp, Runnable afterStop)
            throws Exception {
        String routesGiven = overrides.get("ita.routes");
        if (routesGiven != null && !Files.isDirectory(Path.of(routesGiven))) {
            throw new CommandFailure(ExitCode.SETUP, "The routes folder " + routesGiven + " does not exist; give --routes"
                    + " the folder with ingest.camel.yaml (the routes/ folder beside ./ita).");
        }
        Main main = App.create(home.root(), overrides, serveHttp);
        ((DefaultMainShutdownStrategy) main.getShutdownStrategy()).disableHangupSupport();
        PipelineRun run = new PipelineRun(main);
        run.hook = new Thread(() -> run.stopOnSignal(afterStop), "ita-stop");
        Runtime.getRuntime().addShutdownHook(run.hook);
        try {
            main.start();
            if (main.getCamelContext().getRoute(INGEST_ROUTE) == null) {
                String routes = main.getCamelContext().getPropertiesComponent().resolveProperty("ita.routes").orElse("?");
                throw new CommandFailure(ExitCode.SETUP, (Files.isDirectory(Path.of(routes))
                        ? "No '" + INGEST_ROUTE + "' route in " + routes + "/*.camel.yaml"
                        : "The routes folder " + routes + " does not exist")
                        + "; give --routes the folder with ingest.camel.yaml (the routes/ folder beside ./ita).");
            }
        } catch (Exception | Error e) {
            run.close();
            throw e;
        }
        return run;
    }

    /** A setting as the running pipeline resolved it. */
    Optional<String> setting(String key) {
        return main.getCamelContext().getPropertiesComponent().resolveProperty(key);
    }

    /** Blocks until a signal has stopped the pipeline (for {@code ita run}). */
    void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void stopOnSignal(Runnable afterStop) {
        LOG.info("Stopping on a signal (Ctrl-C or SIGTERM): files being processed are finished first");
        ConsoleOutput.stderr().println("Stopping: files being processed are finished first...");
        main.stop();
        stopped.countDown();
        afterStop.run();
    }

    /** Stops the pipeline when the command is done; the signal hook is no longer needed then. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // the process is already stopping on a signal: the hook does the stop and the report
            return;
        }
        main.stop();
    }
}
