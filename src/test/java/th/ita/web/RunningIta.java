package th.ita.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.main.Main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.App;

/**
 * {@code ita run} as the command starts it (Camel Main with the pipeline and the HTTP server) on a temporary home and
 * a free port, with seed 000 ingested from the inbox. Test classes share one through {@link #shared()}: starting
 * the pipeline takes seconds.
 */
public final class RunningIta implements AutoCloseable {

    static final Path FIXTURES = Path.of("src/test/resources/web");
    static final String SEED_000 = "000_2065e0d738ff9e85.docx";

    private static RunningIta shared;

    final Path home;
    final int port;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final ObjectMapper json = new ObjectMapper();
    private final Main main;

    RunningIta(Map<String, String> settings) throws Exception {
        this(Files.createTempDirectory("ita-web-"), settings);
    }

    /** On a home that may already hold an index and reports. */
    public RunningIta(Path home, Map<String, String> settings) throws Exception {
        this.home = home;
        this.port = freePort();
        Map<String, String> overrides = new HashMap<>(settings);
        overrides.put("ita.http.port", Integer.toString(port));
        overrides.put("ita.inbox.settle-ms", "100");
        this.main = App.create(home, overrides, true);
        main.start();
    }

    /** The server every API and page test uses, started once with seed 000 archived. */
    static synchronized RunningIta shared() throws Exception {
        if (shared == null) {
            RunningIta started = new RunningIta(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            started.dropIntoInbox(FIXTURES.resolve(SEED_000), "seeds/" + SEED_000);
            started.awaitReports(1);
            shared = started;
        }
        return shared;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    void dropIntoInbox(Path file, String name) throws IOException {
        Path target = home.resolve("inbox").resolve(name);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits (bounded) until the status API counts at least {@code count} stored reports. */
    void awaitReports(int count) throws Exception {
        await(Duration.ofSeconds(120), () -> getJson("/api/status").path("counts").path("reports").asInt() >= count);
    }

    /** Follows an upload's status URL until it is final; returns the last answer. */
    JsonNode awaitFinal(String statusUrl) throws Exception {
        JsonNode[] last = new JsonNode[1];
        await(Duration.ofSeconds(120), () -> {
            last[0] = getJson(statusUrl);
            return !last[0].path("status").asText().matches("queued|processing");
        });
        return last[0];
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void await(Duration timeout, Check check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the pipeline and server, keeping the home. */
    public void stop() {
        main.stop();
    }

    @Override
    public void close() {
        main.stop();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
