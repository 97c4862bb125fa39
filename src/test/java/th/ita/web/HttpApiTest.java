package th.ita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import th.ita.ingest.FileIntake;

/** The API over real HTTP, against the pipeline and server {@code ita run} starts, on a temporary home. */
class HttpApiTest {

    private static final String INFORMATION_CENTRE = "ศูนย์ข้อมูลข่าวสาร";

    private static RunningIta ita;

    @BeforeAll
    static void start() throws Exception {
        ita = RunningIta.shared();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String seedId() throws Exception {
        return FileIntake.sha256Of(RunningIta.FIXTURES.resolve(RunningIta.SEED_000));
    }

    @Test
    void searchFindsMeasure21OfSeed000InTheShapeOfItaSearchJson() throws Exception {
        JsonNode answer = ita.getJson("/api/search?q=" + encoded(INFORMATION_CENTRE));

        assertThat(answer.path("total").asLong()).isPositive();
        List<String> codes = new ArrayList<>();
        answer.path("hits").forEach(hit -> codes.add(hit.path("code").asText()));
        assertThat(codes).contains("2.1");
        JsonNode measure = answer.path("hits").get(codes.indexOf("2.1"));
        assertThat(measure.path("reportId").asText()).isEqualTo(seedId());
        assertThat(measure.path("snippet").asText()).contains("<b>");
        // other tests of the shared server add reports of other years: 2565 is among the years, not always first
        assertThat(answer.path("facets").path("fiscalYear").findValuesAsText("value")).contains("2565");
        assertThat(answer.path("rule").asText()).isIn("ALL_WORDS", "ANY_WORD", "RELAXED");
    }

    @Test
    void searchPagesWithOffsetAndLimit() throws Exception {
        JsonNode firstTwo = ita.getJson("/api/search?q=" + encoded("ข้อมูล") + "&limit=2");
        JsonNode second = ita.getJson("/api/search?q=" + encoded("ข้อมูล") + "&limit=1&offset=1");

        assertThat(firstTwo.path("hits")).hasSize(2);
        assertThat(second.path("hits")).hasSize(1);
        assertThat(second.path("hits").get(0)).isEqualTo(firstTwo.path("hits").get(1));
        assertThat(second.path("total")).isEqualTo(firstTwo.path("total"));
    }

    @Test
    void searchFiltersByYearKindAndOrganisation() throws Exception {
        JsonNode none = ita.getJson("/api/search?q=" + encoded(INFORMATION_CENTRE) + "&year=2550");
        JsonNode measures = ita.getJson("/api/search?q=" + encoded(INFORMATION_CENTRE) + "&year=2565&kind=measure&org="
                + encoded("หนองโสน"));

        assertThat(none.path("total").asLong()).isZero();
        assertThat(measures.path("total").asLong()).isPositive();
        measures.path("hits").forEach(hit -> assertThat(hit.path("kind").asText()).isEqualTo("measure"));
    }

    /** As long as fits the server's 4 KB request line: 350 Thai characters are 3 KB percent-encoded. */
    @Test
    void aPastedParagraphIsSearchedByItsBeginningAndTheAnswerSaysSo() throws Exception {
        String paragraph = Files.readString(Path.of("src/test/resources/seeds/000_2065e0d738ff9e85.txt"))
                .replaceAll("\\s+", " ").substring(0, 350);
        JsonNode pasted = ita.getJson("/api/search?q=" + encoded(paragraph));
        JsonNode letters = ita.getJson("/api/search?q=" + encoded("ก".repeat(350)));
        JsonNode typed = ita.getJson("/api/search?q=" + encoded(INFORMATION_CENTRE));

        assertThat(pasted.path("total").asLong()).isPositive();
        JsonNode cut = pasted.path("queryCut");
        assertThat(cut.path("typedChars").asInt()).isEqualTo(paragraph.strip().length());
        assertThat(cut.path("searchedChars").asInt()).isBetween(100, 200);
        assertThat(cut.path("message").asText()).startsWith("The query is long (" + paragraph.strip().length() + " characters)");
        assertThat(letters.path("queryCut").path("searchedChars").asInt()).isEqualTo(200);
        assertThat(typed.has("queryCut")).as("a short query is searched whole").isFalse();
    }

    @Test
    void punctuationAloneIsA400NotEverything() throws Exception {
        HttpResponse<String> response = ita.get("/api/search?q=" + encoded("..."));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ita.json.readTree(response.body()).path("message").asText()).contains("Nothing to search for");
        assertThat(ita.json.readTree(response.body()).path("error").asText()).isEqualTo("nothing-to-search");
    }

    @Test
    void oItemsAreCountedAndFilterTheHits() throws Exception {
        ita.dropIntoInbox(Path.of("src/test/resources/seeds/003_de5ae8d4d3f592eb.txt"), "seeds/003-o-items.txt");
        // the same report may already be there as DOCX (the page test uploads it): wait for this file's own units
        RunningIta.await(java.time.Duration.ofSeconds(120), () -> ita.getJson("/api/search?oCode=O35&limit=100")
                .path("hits").findValuesAsText("fileName").contains("seeds/003-o-items.txt"));

        JsonNode everything = ita.getJson("/api/search");
        List<String> codes = everything.path("facets").path("oCode").findValuesAsText("value");
        assertThat(codes).contains("O1", "O35");
        for (JsonNode facet : everything.path("facets").path("oCode")) {
            JsonNode filtered = ita.getJson("/api/search?oCode=" + facet.path("value").asText() + "&limit=100");
            assertThat(filtered.path("total").asLong()).as(facet.toString()).isEqualTo(facet.path("count").asLong());
            filtered.path("hits").forEach(hit -> assertThat(hit.path("kind").asText()).isEqualTo("indicator"));
        }
        assertThat(ita.getJson("/api/search?oCode=O99").path("total").asLong()).isZero();
    }

    @Test
    void documentKindAndItemFilterAsOnTheCommandLine() throws Exception {
        long all = ita.getJson("/api/search").path("total").asLong();
        assertThat(all).isPositive();
        assertThat(ita.getJson("/api/search?docKind=complaint-summary").path("total").asLong()).isLessThan(all);
        assertThat(ita.getJson("/api/search?item=EB9").path("total").asLong()).isZero();
    }

    @Test
    void aBadParameterIsA400WithTheReason() throws Exception {
        HttpResponse<String> response = ita.get("/api/search?limit=many");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ita.json.readTree(response.body()).path("message").asText()).contains("limit");
    }

    @Test
    void aReportIsItsStoredJsonAndItsOriginalTheArchivedBytes() throws Exception {
        String id = seedId();
        JsonNode report = ita.getJson("/api/reports/" + id);
        HttpResponse<byte[]> original = ita.http.send(HttpRequest.newBuilder(URI.create(ita.base() + "/api/reports/" + id + "/file"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(report.path("id").asText()).isEqualTo(id);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(Files.readAllBytes(RunningIta.FIXTURES.resolve(RunningIta.SEED_000)));
        assertThat(original.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(original.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''000_2065e0d738ff9e85.docx");
    }

    @Test
    void unknownReportIdsAre404WithAJsonError() throws Exception {
        for (String path : List.of("/api/reports/" + "0".repeat(64), "/api/reports/nope", "/api/reports/" + "0".repeat(64) + "/file",
                "/api/reports/..%2F..%2Fpom.xml", "/api/files/bm9wZQ")) {
            HttpResponse<String> response = ita.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json; charset=utf-8");
            assertThat(ita.json.readTree(response.body()).path("error").asText()).as(path).isEqualTo("not-found");
        }
    }

    @Test
    void exportStreamsCsvWithBomAndNdjsonOfWholeReports() throws Exception {
        HttpResponse<String> csv = ita.get("/api/export?format=csv&q=" + encoded(INFORMATION_CENTRE));
        HttpResponse<String> ndjson = ita.get("/api/export?format=ndjson&year=2565");
        HttpResponse<String> xml = ita.get("/api/export?format=xml");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains(".csv");
        assertThat(csv.body()).startsWith("\uFEFF\"reportId\",");
        assertThat(csv.body()).contains("\"2.1\"");
        assertThat(ndjson.body().lines().map(line -> {
            try {
                return ita.json.readTree(line).path("id").asText();
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        })).contains(seedId());
        assertThat(xml.statusCode()).isEqualTo(400);
    }

    @Test
    void uploadedFilesGoThroughTheInboxToArchivedOrFailedWithTheReason() throws Exception {
        String marker = "qzupload" + System.nanoTime();
        byte[] report = (Files.readString(Path.of("src/test/resources/samples/000_2065e0d738ff9e85.txt")) + "\n" + marker + "\n")
                .getBytes(StandardCharsets.UTF_8);
        MultipartBody body = new MultipartBody()
                .field("note", "ignored")
                .file("file", "../../รายงาน ทดสอบ.txt", report)
                .file("file", "notes.xyz", "not a report".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> accepted = ita.http.send(HttpRequest.newBuilder(URI.create(ita.base() + "/api/files"))
                .header("Content-Type", body.contentType()).POST(body.publisher()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode files = ita.json.readTree(accepted.body()).path("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).path("name").asText()).isEqualTo("รายงาน ทดสอบ.txt");
        JsonNode archived = ita.awaitFinal(files.get(0).path("statusUrl").asText());
        JsonNode failed = ita.awaitFinal(files.get(1).path("statusUrl").asText());
        assertThat(archived.path("status").asText()).isEqualTo("archived");
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("reason").asText()).startsWith("UNSUPPORTED_TYPE");

        RunningIta.await(java.time.Duration.ofSeconds(30), () -> ita.getJson("/api/search?q=" + marker).path("total").asLong() > 0);
        HttpResponse<String> original = ita.get("/api/reports/" + archived.path("reportId").asText() + "/file");
        assertThat(original.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''" + URLEncoder.encode("รายงาน ทดสอบ.txt", StandardCharsets.UTF_8).replace("+", "%20"));
        JsonNode status = ita.getJson("/api/status");
        assertThat(status.path("recentFailures").findValuesAsText("reason")).contains("UNSUPPORTED_TYPE");
        assertThat(status.path("counts").path("failed").asInt()).isPositive();
    }

    @Test
    void anUploadWithoutAFileIsA400AndNotMultipartA415() throws Exception {
        MultipartBody onlyField = new MultipartBody().field("note", "nothing");
        HttpResponse<String> empty = ita.http.send(HttpRequest.newBuilder(URI.create(ita.base() + "/api/files"))
                .header("Content-Type", onlyField.contentType()).POST(onlyField.publisher()).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> json = ita.http.send(HttpRequest.newBuilder(URI.create(ita.base() + "/api/files"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json.statusCode()).isEqualTo(415);
    }

    @Test
    void onlyThePageOwnFilesAreServed() throws Exception {
        assertThat(ita.get("/").statusCode()).isEqualTo(200);
        assertThat(ita.get("/assets/app.js").statusCode()).isEqualTo(200);
        for (String path : List.of("/application.properties", "/pom.xml", "/assets/../pom.xml", "/assets/..%2Fpom.xml",
                "/assets/%2e%2e%2f%2e%2e%2fpom.xml", "/assets/..%2F..%2Fapplication.properties", "/assets/application.properties",
                "/routes/api.camel.yaml", "/web/index.html", "/th/ita/App.class", "/../pom.xml")) {
            HttpResponse<String> response = ita.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("<project").doesNotContain("ita.home").doesNotContain("Exception");
        }
    }

    @Test
    void responsesCarryNoCorsHeadersAndEchoNoRequestHeaders() throws Exception {
        HttpResponse<String> response = ita.http.send(HttpRequest.newBuilder(URI.create(ita.base() + "/api/search?q=x"))
                .header("Origin", "https://elsewhere.example").header("X-Private", "secret").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control"));
        assertThat(response.headers().firstValue("X-Private")).isEmpty();
        assertThat(response.headers().firstValue("q")).isEmpty();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void healthIsUp() throws Exception {
        assertThat(ita.getJson("/api/health").path("status").asText()).isEqualTo("UP");
    }
}
