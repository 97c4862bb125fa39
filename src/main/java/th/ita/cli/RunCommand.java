package th.ita.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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

    @Option(names = "--port", paramLabel = "PORT", description = "Port of the API and page, 1-65535 (default: ita.http.port, 8080).")
    private Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ita.http.bind, 127.0.0.1). Another address needs --token.")
    private String bind;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token required on every request (ita.http.token)."
            + " Other users of the machine see it in 'ps': prefer --token-file or $" + AccessToken.ENVIRONMENT + ".")
    private String token;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Read the access token from the first line of FILE (keep it readable by you only).")
    private Path tokenFile;

    @Option(names = "--no-http", description = "Only watch the inbox: serve neither the API nor the page.")
    private boolean noHttp;

    @Override
    public Integer call() throws Exception {
        HomeLayout layout = home.layout();
        Map<String, String> overrides = new HashMap<>(pipeline.overrides());
        if (!watch.isEmpty()) {
            overrides.put("ita.watch", watch.stream().map(folder -> folder.toAbsolutePath().normalize().toString())
                    .collect(Collectors.joining(",")));
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new CommandFailure(ExitCode.USAGE, "--port must be from 1 to 65535, was " + port);
        }
        Optional.ofNullable(port).ifPresent(p -> overrides.put("ita.http.port", p.toString()));
        Optional.ofNullable(bind).ifPresent(b -> overrides.put("ita.http.bind", b));
        ConsoleOutput.stderr().printf("Home: %s%n", layout.root());
        if (token != null) {
            ConsoleOutput.stderr().println("Note: --token is visible to every user of this machine (ps, /proc); use"
                    + " --token-file FILE or the " + AccessToken.ENVIRONMENT + " environment variable instead.");
        }
        AccessToken.chosen(token, tokenFile, System.getenv(AccessToken.ENVIRONMENT))
                .ifPresent(t -> overrides.put("ita.http.token", t));
        if (!noHttp) {
            refuseBusyPort(layout, overrides);
        }
        PipelineRun run = PipelineRun.start(layout, overrides, !noHttp,
                () -> ConsoleOutput.stderr().println("Stopped."));
        if (!noHttp) {
            ConsoleOutput.stderr().printf("Page and API: http://%s:%s/%n", run.setting("ita.http.bind").orElse("?"),
                    run.setting("ita.http.port").orElse("?"));
        }
        ConsoleOutput.stderr().printf("Watching %s (Ctrl-C to stop; files being processed are finished first)%n",
                layout.inbox());
        run.awaitStop();
        return ExitCode.INTERRUPTED;
    }

    /**
     * The HTTP server binds after the pipeline has started and only logs a failure, so a port another program holds
     * would leave this run announcing a page that another process serves: the port is tried first.
     */
    private static void refuseBusyPort(HomeLayout layout, Map<String, String> overrides) {
        Properties settings = DoctorCommand.properties(layout);
        String bindTo = setting("ita.http.bind", overrides, settings);
        String portText = setting("ita.http.port", overrides, settings);
        int chosen;
        try {
            chosen = Integer.parseInt(portText.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return; // a bad value is named by the settings check at start
        }
        if (chosen <= 0 || chosen > 65535 || bindTo == null) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(bindTo.strip(), chosen));
        } catch (IOException inUse) {
            throw new CommandFailure(ExitCode.BUSY, "Cannot serve the page on " + bindTo.strip() + ":" + chosen + " ("
                    + inUse.getMessage() + "): another 'ita run' or another program uses it. Stop it, or choose"
                    + " another port with --port N.");
        }
    }

    private static String setting(String key, Map<String, String> overrides, Properties settings) {
        return Optional.ofNullable(overrides.get(key)).or(() -> Optional.ofNullable(System.getProperty(key)))
                .orElseGet(() -> settings.getProperty(key));
    }
}
