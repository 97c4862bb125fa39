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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita run} as a person starts it, in its own process: the page's address, --port and --no-http. */
class RunCommandHttpTest {

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process run(Path log, String... flags) throws IOException {
        return run(log, Map.of(), flags);
    }

    private Process run(Path log, Map<String, String> environment, String... flags) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "th.ita.cli.ItaCommand", "run", "--home", home.toString(), "--routes", Path.of("routes").toAbsolutePath().toString()));
        command.addAll(List.of(flags));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("ITA_HTTP_TOKEN");
        builder.environment().putAll(environment);
        return builder.start();
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

    private int status(int port, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** What every user of the machine can read about a process: its command line, as ps shows it. */
    private static String commandLineOf(Process process) throws IOException {
        return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline")).replace('\0', ' ');
    }

    @Test
    void aTokenFromTheEnvironmentOrAFileIsRequiredAndStaysOutOfPs() throws Exception {
        String secret = "s3cret-" + System.nanoTime();
        int port = freePort();
        Path log = home.resolveSibling(home.getFileName() + "-env-token.log");
        Process fromEnvironment = run(log, Map.of("ITA_HTTP_TOKEN", secret), "--port", Integer.toString(port));
        try {
            awaitLine(log, "Watching", fromEnvironment);
            assertThat(commandLineOf(fromEnvironment)).contains("run").doesNotContain(secret);
            assertThat(status(port, null)).isEqualTo(401);
            assertThat(status(port, "Bearer wrong")).isEqualTo(401);
            assertThat(status(port, "Bearer " + secret)).isEqualTo(200);
        } finally {
            stop(fromEnvironment);
        }

        Path tokenFile = Files.writeString(home.resolveSibling(home.getFileName() + "-token.txt"), secret + "\n");
        Path fileLog = home.resolveSibling(home.getFileName() + "-file-token.log");
        int filePort = freePort();
        Process fromFile = run(fileLog, "--port", Integer.toString(filePort), "--token-file", tokenFile.toString());
        try {
            awaitLine(fileLog, "Watching", fromFile);
            assertThat(commandLineOf(fromFile)).doesNotContain(secret);
            assertThat(status(filePort, null)).isEqualTo(401);
            assertThat(status(filePort, "Bearer " + secret)).isEqualTo(200);
        } finally {
            stop(fromFile);
        }
        assertThat(Files.readString(log) + Files.readString(fileLog)).doesNotContain(secret);
        assertThat(Files.readString(home.resolve("logs/ita.log"))).doesNotContain(secret);
    }

    @Test
    void aTokenOnTheCommandLineWorksAndWarnsThatPsShowsIt() throws Exception {
        int port = freePort();
        Path log = home.resolveSibling(home.getFileName() + "-arg-token.log");
        Process ita = run(log, "--port", Integer.toString(port), "--token", "visible");
        try {
            awaitLine(log, "Watching", ita);
            assertThat(Files.readString(log)).contains("--token is visible").contains("ITA_HTTP_TOKEN").contains("--token-file");
            assertThat(status(port, "Bearer visible")).isEqualTo(200);
            assertThat(status(port, null)).isEqualTo(401);
        } finally {
            stop(ita);
        }
    }

    @Test
    void aPortInUseOrOutOfRangeIsOneLineAndNoStart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Path log = home.resolveSibling(home.getFileName() + "-busy-port.log");
            Process ita = run(log, "--port", Integer.toString(taken.getLocalPort()));
            assertThat(ita.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(ita.exitValue()).isEqualTo(5);
            assertThat(Files.readString(log)).contains("127.0.0.1:" + taken.getLocalPort())
                    .contains("another 'ita run' or another program").contains("--port")
                    .doesNotContain("Page and API").doesNotContain("Exception");
        }
        Path log = home.resolveSibling(home.getFileName() + "-bad-port.log");
        Process ita = run(log, "--port", "99999");
        assertThat(ita.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ita.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log)).contains("--port must be from 1 to 65535");
    }

    @Test
    void aMissingTokenFileIsOneLineAndNoStart() throws Exception {
        Path log = home.resolveSibling(home.getFileName() + "-no-token-file.log");
        Process ita = run(log, "--token-file", home.resolveSibling("no-such-token").toString());
        assertThat(ita.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ita.exitValue()).isEqualTo(4);
        assertThat(Files.readString(log)).contains("No token file").doesNotContain("Exception");
    }
}
