package th.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita run} as a person starts it, in its own process: the page's address, --port and --no-http. */
class RunCommandHttpTest {

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process run(Path log, String... flags) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "th.ita.cli.ItaCommand", "run", "--home", home.toString(), "--routes", Path.of("routes").toAbsolutePath().toString()));
        command.addAll(List.of(flags));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitLine(Path log, String text, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(log) || !Files.readString(log).contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("ita run never said '" + text + "':\n" + (Files.exists(log) ? Files.readString(log) : ""));
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Test
    void runServesThePageOnThePortGivenAndSaysWhere() throws Exception {
        int port = freePort();
        Path log = home.resolveSibling(home.getFileName() + "-run.log");
        Process ita = run(log, "--port", Integer.toString(port));
        try {
            awaitLine(log, "Watching", ita);
            assertThat(Files.readString(log)).contains("Page and API: http://127.0.0.1:" + port + "/");
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            stop(ita);
        }
    }

    @Test
    void noHttpOnlyWatchesTheInbox() throws Exception {
        int port = freePort();
        Path log = home.resolveSibling(home.getFileName() + "-nohttp.log");
        Process ita = run(log, "--no-http", "--port", Integer.toString(port));
        try {
            awaitLine(log, "Watching", ita);
            assertThat(Files.readString(log)).doesNotContain("Page and API");
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                throw new AssertionError("something answered on port " + port + " with --no-http");
            } catch (ConnectException refused) {
                // nothing listens: as wanted
            }
        } finally {
            stop(ita);
        }
    }
}
