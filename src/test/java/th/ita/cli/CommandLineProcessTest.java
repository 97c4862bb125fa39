package th.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.index.ReportFixtures;

/**
 * The command line as a person meets it: every test runs the real {@code ita} in a child process and checks its
 * exit code, standard output and standard error. Ordinary mistakes must give one line and a distinct exit code,
 * never a stack trace.
 */
class CommandLineProcessTest {

    @TempDir
    Path work;
    private Path home;

    @BeforeEach
    void paths() {
        home = work.resolve("home");
    }

    record Run(int exit, String out, String err) {
        void showsNoTrace() {
            assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(out).doesNotContain("Exception");
        }
    }

    static Run ita(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dita.install-dir=" + Path.of("").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), ItaCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().remove("ITA_HOME");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Path out = Files.createTempFile("ita-out", ".txt");
        Path err = Files.createTempFile("ita-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("ita %s finished", String.join(" ", args)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run ita(String... args) throws IOException, InterruptedException {
        return ita(work, args);
    }

    private void archiveOfFixtures() throws IOException, InterruptedException {
        ReportFixtures.writeStore(home.resolve("reports"), ReportFixtures.ALL);
        assertThat(ita("reindex", "--home", home.toString()).exit()).isZero();
    }

    @Test
    void itaAlonePrintsUsageAndExitsTwo() throws Exception {
        Run run = ita();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: ita").contains("Exit codes");
    }

    @Test
    void everyCommandTakesHelpAndHome() throws Exception {
        for (String command : List.of("run", "ingest", "search", "show", "export", "reindex", "ocr-retry", "doctor", "bench", "status")) {
            Run run = ita(command, "--home", home.toString(), "--help");
            assertThat(run.exit()).as(command + " --help").isZero();
            assertThat(run.out()).as(command).contains("Usage: ita " + command);
        }
        assertThat(home).as("--help creates no home").doesNotExist();
    }

    @Test
    void benchmarksTakeHomeAndHelpAfterTheirNameToo() throws Exception {
        Run help = ita("bench", "ingest", "--home", home.toString(), "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: ita bench ingest").contains("--home");

        Run ingest = ita("bench", "ingest", "--home", home.toString(), "--samples", "no-such-folder", "--copies", "1");
        assertThat(ingest.err()).doesNotContain("Unknown option").contains("No such file or folder: no-such-folder");
        assertThat(ingest.exit()).isEqualTo(4);
        ingest.showsNoTrace();

        Path text = Files.copy(Path.of("src/test/resources/seeds/000_2065e0d738ff9e85.txt"), work.resolve("seed.txt"));
        Run damage = ita("bench", "thai-damage", "--home", home.toString(), text.toString());
        assertThat(damage.exit()).isZero();
        assertThat(damage.out()).contains("TOTAL");
        assertThat(home).as("benchmarks leave the home alone").doesNotExist();

        Run none = ita("bench");
        assertThat(none.exit()).as("no benchmark chosen").isEqualTo(2);
        assertThat(none.err()).contains("Choose a benchmark").contains("Usage: ita bench");
    }

    @Test
    void aReadCommandOnAHomeWithoutAnArchiveSaysSoAndCreatesNothing() throws Exception {
        Run run = ita("search", "ทุจริต");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("No archive in " + work.resolve("data")).hasLineCount(1);
        assertThat(work.resolve("data")).doesNotExist();
        run.showsNoTrace();
    }

    @Test
    void ordinaryMistakesGiveOneLineAndTheirOwnExitCode() throws Exception {
        Run missing = ita("ingest", "--home", home.toString(), "no-such.pdf");
        assertThat(missing.exit()).isEqualTo(4);
        assertThat(missing.err()).contains("No such file or folder: no-such.pdf");
        missing.showsNoTrace();

        Path aFile = Files.writeString(work.resolve("not-a-folder"), "x");
        Run homeIsAFile = ita("ingest", "--home", aFile.toString(), Files.writeString(work.resolve("a.txt"), "ทดสอบ").toString());
        assertThat(homeIsAFile.exit()).isEqualTo(3);
        assertThat(homeIsAFile.err()).contains("is a file");
        homeIsAFile.showsNoTrace();

        Run noRoutes = ita("ingest", "--home", home.toString(), "--routes", work.resolve("no-routes").toString(),
                work.resolve("a.txt").toString());
        assertThat(noRoutes.exit()).isEqualTo(6);
        assertThat(noRoutes.err()).contains("routes");
        noRoutes.showsNoTrace();

        Files.createDirectories(work.resolve("empty-routes"));
        Run emptyRoutes = ita("ingest", "--home", home.toString(), "--routes", work.resolve("empty-routes").toString(),
                work.resolve("a.txt").toString());
        assertThat(emptyRoutes.exit()).isEqualTo(6);
        assertThat(emptyRoutes.err()).contains("No 'ingest' route");

        Run verbose = ita("ingest", "--verbose", "--home", aFile.toString(), work.resolve("a.txt").toString());
        assertThat(verbose.err()).as("--verbose shows the trace").contains("\tat ");
    }

    @Test
    void badSearchValuesAreRefusedWithTheAllowedOnes() throws Exception {
        archiveOfFixtures();
        String h = home.toString();
        Run negative = ita("search", "--home", h, "-n", "-5", "ทุจริต");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("--limit must be from 1");
        Run kind = ita("search", "--home", h, "--kind", "measures", "ทุจริต");
        assertThat(kind.exit()).isEqualTo(2);
        assertThat(kind.err()).contains("report, measure, indicator");
        assertThat(ita("search", "--home", h, "--form", "XIT", "x").err()).contains("IIT, EIT, OIT");
        assertThat(ita("search", "--home", h, "--number", "11", "x").exit()).isEqualTo(2);
        Run oCode = ita("search", "--home", h, "--o-code", "Z9", "x");
        assertThat(oCode.exit()).isEqualTo(2);
        assertThat(oCode.err()).contains("not an O-item code").contains("O17");
        assertThat(ita("search", "--home", h, "--o-code", "o๑", "--json").out()).contains("\"kind\" : \"indicator\"");
        Run punctuation = ita("search", "--home", h, "...");
        assertThat(punctuation.exit()).isEqualTo(2);

        Run shortYear = ita("search", "--home", h, "--year", "64", "--json", "ทุจริต");
        assertThat(shortYear.exit()).isZero();
        assertThat(shortYear.out()).contains("\"fiscalYearBe\" : 2564").doesNotContain("\"fiscalYearBe\" : 2565");
    }

    @Test
    void longQueriesAreSearchedNotCrashed() throws Exception {
        archiveOfFixtures();
        String reportText = ReportFixtures.report(ReportFixtures.NONGSANO_2565).text();
        String paragraph = reportText.substring(0, Math.min(1000, reportText.length()));
        Run pasted = ita("search", "--home", home.toString(), paragraph);
        assertThat(pasted.exit()).isZero();
        assertThat(pasted.err()).contains("The query is long");
        assertThat(pasted.out()).contains("match");
        pasted.showsNoTrace();
        Run kokai = ita("search", "--home", home.toString(), "ก".repeat(5000));
        assertThat(kokai.exit()).isZero();
        kokai.showsNoTrace();
    }

    @Test
    void searchSaysWhichRuleMatchedAndHowToSeeMore() throws Exception {
        archiveOfFixtures();
        Run all = ita("search", "--home", home.toString(), "-n", "2", "ทุจริต");
        assertThat(all.out()).contains("(all words)").contains("Showing 2 of").contains("--limit");
        Run any = ita("search", "--home", home.toString(), "ทุจริต", "zzqqxx");
        assertThat(any.out()).containsAnyOf("(any word", "(relaxed");
        Run misspelt = ita("search", "--home", home.toString(), "ทุจลิต");
        assertThat(misspelt.out()).contains("Spelt like this in the archive: ทุจริต");
    }

    @Test
    void searchCountsOItemsInTheirOwnOrderAndStatusCountsTheArchive() throws Exception {
        archiveOfFixtures();
        Run search = ita("search", "--home", home.toString(), "--kind", "indicator");
        String items = search.out().lines().filter(line -> line.startsWith("o-item:")).findFirst().orElseThrow();
        assertThat(items).contains("O1 (").contains("O2 (");
        assertThat(items.indexOf("O2 (")).as("O2 before O11 when tied").isLessThan(items.indexOf("O11 ("));

        Run status = ita("status", "--home", home.toString());
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("archive  " + ReportFixtures.ALL.size() + " reports");
    }

    @Test
    void showListsTheCandidatesOfAnAmbiguousPrefixAndFindsAFileName() throws Exception {
        archiveOfFixtures();
        String id = ReportFixtures.report(ReportFixtures.NONGSANO_2565).id();
        String fileName = ReportFixtures.report(ReportFixtures.NONGSANO_2565).source().fileName();
        Run byName = ita("show", "--home", home.toString(), fileName);
        assertThat(byName.exit()).isZero();
        assertThat(byName.out()).contains(id);
        Run unknown = ita("show", "--home", home.toString(), "ffffffffffff");
        assertThat(unknown.exit()).isEqualTo(4);
    }

    @Test
    void exportWritesTheFileItIsGivenAndSaysWhere() throws Exception {
        archiveOfFixtures();
        Path csv = work.resolve("units.csv");
        Run first = ita("export", "--home", home.toString(), "--out", csv.toString());
        assertThat(first.exit()).isZero();
        assertThat(csv).isRegularFile();
        assertThat(Files.readString(csv)).startsWith("\uFEFF");
        assertThat(first.err()).contains("rows to " + csv);
        Run again = ita("export", "--home", home.toString(), "--out", csv.toString());
        assertThat(again.exit()).as("an existing file is overwritten").isZero();
        again.showsNoTrace();
        Path folder = Files.createDirectories(work.resolve("json"));
        assertThat(ita("export", "--home", home.toString(), "--out", folder.toString()).exit()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.count()).isEqualTo(ReportFixtures.ALL.size());
        }
    }

    @Test
    void doctorChecksTheTesseractTheHomeIsSetUpWith() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("application.properties"), "ita.ocr.tesseract-path = /nowhere/tesseract\n");
        Run run = ita("doctor", "--home", home.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL").contains("/nowhere/tesseract");
        Files.writeString(home.resolve("application.properties"), "ita.threads = many\n");
        Run bad = ita("doctor", "--home", home.toString());
        assertThat(bad.exit()).isEqualTo(6);
        assertThat(bad.out()).contains("ita.threads = 'many'");
    }

    @Test
    void ingestKeepsTheUsersNamesAndLogsIntoTheHome() throws Exception {
        Path folder = Files.createDirectories(work.resolve("ผลการประเมิน/2565"));
        Files.copy(Path.of("src/test/resources/seeds/000_2065e0d738ff9e85.txt"), folder.resolve("รายงาน.txt"));
        Run run = ita("ingest", "--home", home.toString(), work.resolve("ผลการประเมิน").toString());
        assertThat(run.exit()).isZero();
        String name = "ผลการประเมิน/2565/รายงาน.txt";
        assertThat(run.out()).contains("archived").contains(name).doesNotContain("ingest-").doesNotContain("\u001b");
        assertThat(run.out()).as("no log lines on the console").doesNotContain(" INFO ");
        assertThat(run.err()).contains("Home: " + home).contains("1 file:").doesNotContain("\u001b");
        assertThat(home.resolve("archive").resolve(name)).isRegularFile();
        try (Stream<Path> inbox = Files.list(home.resolve("inbox"))) {
            assertThat(inbox.toList()).as("no folders left in the inbox").isEmpty();
        }
        try (Stream<Path> reports = Files.list(home.resolve("reports"))) {
            assertThat(Files.readString(reports.findFirst().orElseThrow())).contains("\"fileName\" : \"" + name + "\"");
        }
        assertThat(Files.readString(home.resolve("logs/ita.log"))).contains("Ingested");

        Run again = ita("ingest", "--home", home.toString(), work.resolve("ผลการประเมิน").toString());
        assertThat(again.out()).as("same bytes, same name: a replay").contains(name);
        Run search = ita("search", "--home", home.toString(), "ศูนย์ข้อมูลข่าวสาร");
        assertThat(search.out()).contains(name).doesNotContain("ingest-");
    }
}
