package th.ita.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

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

    @Option(names = "--port", paramLabel = "PORT", description = "Port of the API and page (default: ita.http.port, 8080).")
    private Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ita.http.bind, 127.0.0.1). Another address needs --token.")
    private String bind;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token required on every request (ita.http.token).")
    private String token;

    @Option(names = "--no-http", description = "Only watch the inbox: serve neither the API nor the page.")
    private boolean noHttp;

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new HashMap<>(pipeline.overrides());
        Optional.ofNullable(port).ifPresent(p -> overrides.put("ita.http.port", p.toString()));
        Optional.ofNullable(bind).ifPresent(b -> overrides.put("ita.http.bind", b));
        Optional.ofNullable(token).ifPresent(t -> overrides.put("ita.http.token", t));
        Main main = App.create(home.home(), overrides, !noHttp);
        System.err.printf("Watching %s (Ctrl-C to stop; files being processed are finished first)%n",
                home.home().resolve("inbox"));
        main.run();
        return main.getExitCode();
    }
}
