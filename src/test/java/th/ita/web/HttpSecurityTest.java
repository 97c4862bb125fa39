package th.ita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server bound beyond loopback: it needs a token, and it refuses uploads above ita.http.max-upload-mb. */
class HttpSecurityTest {

    private static final String TOKEN = "s3cret-token";
    private static RunningIta ita;

    @BeforeAll
    static void start() throws Exception {
        ita = new RunningIta(Map.of("ita.http.bind", "0.0.0.0", "ita.http.token", TOKEN, "ita.http.max-upload-mb", "1"));
    }

    @AfterAll
    static void stop() {
        ita.close();
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ita.base() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return ita.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bindingBeyondLoopbackWithoutATokenDoesNotStart() throws Exception {
        assertThatThrownBy(() -> new RunningIta(Map.of("ita.http.bind", "0.0.0.0")).close())
                .hasStackTraceContaining("ita.http.token");
    }

    @Test
    void requestsWithoutTheTokenAre401AndAskForBasicAuthentication() throws Exception {
        for (String path : new String[] {"/", "/api/search?q=x", "/api/status", "/assets/app.js"}) {
            HttpResponse<String> response = get(path, null);

            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        }
        assertThat(get("/api/health", "Bearer wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void theTokenAsBearerOrAsBasicPasswordLetsRequestsIn() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("anyone:" + TOKEN).getBytes(StandardCharsets.UTF_8));

        assertThat(get("/api/health", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(get("/", basic).statusCode()).isEqualTo(200);
    }

    @Test
    void anUploadAboveTheLimitIs413AndLeavesNothingInTheInbox() throws Exception {
        MultipartBody body = new MultipartBody().file("file", "big.txt", new byte[2 * 1024 * 1024]);

        HttpResponse<String> response = ita.http.send(HttpRequest.newBuilder(URI.create(ita.base() + "/api/files"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", body.contentType())
                .POST(body.publisher()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(ita.json.readTree(response.body()).path("error").asText()).isEqualTo("too-large");
        try (var files = Files.walk(ita.home.resolve("inbox"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
