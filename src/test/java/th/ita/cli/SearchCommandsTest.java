package th.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.index.ReportFixtures;
import th.ita.model.ReportJson;

class SearchCommandsTest {

    @TempDir
    Path home;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void reindexFixtures() throws IOException {
        ReportFixtures.writeStore(home.resolve("reports"), ReportFixtures.ALL);
        originalOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        assertThat(run("reindex")).isZero();
        stdout.reset();
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
    }

    @Test
    void searchJsonHasTotalHitsAndFacets() throws IOException {
        assertThat(run("search", "ศูนย์ข้อมูลข่าวสาร", "--json", "--limit", "3")).isZero();
        JsonNode result = ReportJson.mapper().readTree(output());
        assertThat(result.path("total").asInt()).isPositive();
        JsonNode top = result.path("hits").get(0);
        assertThat(top.path("kind").asText()).isEqualTo("measure");
        assertThat(top.path("code").asText()).isEqualTo("2.1");
        assertThat(top.path("fiscalYearBe").asInt()).isIn(2565, 2566);
        assertThat(top.has("position")).isFalse();
        assertThat(result.path("facets").path("fiscalYear").isArray()).isTrue();
    }

    @Test
    void searchWithAYearShowsOnlyThatYear() throws IOException {
        assertThat(run("search", "ทุจริต", "--year", "2564", "--limit", "50", "--json")).isZero();
        JsonNode hits = ReportJson.mapper().readTree(output()).path("hits");
        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.path("fiscalYearBe").asInt()).isEqualTo(2564));
    }

    @Test
    void aBadYearIsAUsageErrorNotAStackTrace() {
        assertThat(run("search", "ทุจริต", "--year", "soon")).isEqualTo(2);
    }

    @Test
    void csvExportHasABomAndOneRowPerMeasureOrIndicator() throws IOException {
        assertThat(run("export", "--format", "csv", "--out", home.resolve("out").toString() + "/")).isZero();
        String csv = Files.readString(home.resolve("out/units.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"reportId\"").contains("ศูนย์ข้อมูลข่าวสาร");
        long rows = csv.lines().filter(line -> line.startsWith("\"") && line.matches("^\"[0-9a-f]{64}\",.*")).count();
        assertThat(rows).isEqualTo(8 + 8 + 9 + 9);
    }

    @Test
    void ndjsonExportWritesOneLinePerMatchingReport() {
        assertThat(run("export", "--format", "ndjson", "--year", "2563-2565")).isZero();
        assertThat(output().lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"schemaVersion\""));
    }

    @Test
    void showPrintsTheStoredJsonByIdPrefix() {
        String id = ReportFixtures.report(ReportFixtures.NONGSANO_2565).id();
        assertThat(run("show", id.substring(0, 12))).isZero();
        assertThat(output()).contains("\"id\" : \"" + id + "\"");
    }

    private int run(String... args) {
        String[] withHome = new String[args.length + 2];
        System.arraycopy(args, 0, withHome, 0, args.length);
        withHome[args.length] = "--home";
        withHome[args.length + 1] = home.toString();
        return ItaCommand.commandLine().execute(withHome);
    }

    private String output() {
        return stdout.toString(StandardCharsets.UTF_8);
    }
}
