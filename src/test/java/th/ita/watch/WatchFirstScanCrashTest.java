package th.ita.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.home.HomeLayout;
import th.ita.search.ReportSearcher;
import th.ita.search.SearchFilters;
import th.ita.search.SearchRequest;
import th.ita.search.UnitMatch;

/**
 * Kills {@code ita run} with SIGKILL during the first scan of a watched folder of 1,000 small files, restarts it,
 * and checks that every file ends indexed once and that no file whose parse had finished is parsed again.
 */
class WatchFirstScanCrashTest {

    private static final int FILES = 1_000;
    private static final Pattern PARSED = Pattern.compile("Parsed watched file \\[(.+?)] as report");
    private static final Pattern LOCATED = Pattern.compile("Watched file \\[(.+?)] has the bytes of report");

    @TempDir
    Path temp;

    @Test
    void aFirstScanKilledMidwayResumesWithoutParsingAFinishedFileAgain() throws Exception {
        Path home = temp.resolve("home");
        Path watched = temp.resolve("watched");
        for (int i = 0; i < FILES; i++) {
            Path file = watched.resolve("year-" + (2560 + i % 7)).resolve("report-" + i + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรม หน่วยงานที่ " + i + " filetoken" + i + "\n",
                    StandardCharsets.UTF_8);
        }
        Path firstLog = temp.resolve("first-run.log");
        Process first = start(home, watched, firstLog);
        try {
            awaitCondition(Duration.ofSeconds(240), () -> count(PARSED, logText(home, firstLog)) >= 100);
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
            first.waitFor();
        }
        String firstRun = logText(home, firstLog);
        int parsedBeforeKill = count(PARSED, firstRun);
        assertThat(parsedBeforeKill).as("killed during the first scan").isLessThan(FILES);

        Path secondLog = temp.resolve("second-run.log");
        Process second = start(home, watched, secondLog);
        try {
            awaitCondition(Duration.ofSeconds(300), () -> indexedInCatalogue(home) == FILES);
        } finally {
            second.destroy();
            second.waitFor();
        }

        String bothRuns = logText(home, firstLog, secondLog);
        Map<String, Integer> parses = new HashMap<>();
        Matcher parsed = PARSED.matcher(bothRuns);
        while (parsed.find()) {
            parses.merge(parsed.group(1), 1, Integer::sum);
        }
        assertThat(parses).as("no file parsed twice").allSatisfy((file, times) -> assertThat(times).as(file).isEqualTo(1));
        int locatedAfterRestart = count(LOCATED, bothRuns) - count(LOCATED, firstRun);
        // a file whose report was written just before the kill is found by its bytes, not parsed again
        assertThat(parses.size() + locatedAfterRestart).as("every file parsed once or found by its bytes").isEqualTo(FILES);
        try (ReportSearcher searcher = ReportSearcher.open(home.resolve("index"))) {
            Set<String> reports = new HashSet<>();
            for (UnitMatch match : searcher.matches(SearchRequest.of("").withFilters(SearchFilters.none().withKinds("report")))) {
                reports.add(match.reportId());
            }
            assertThat(reports).as("every file searchable, once").hasSize(FILES);
        }
        System.out.printf("watch crash: %d of %d parsed before SIGKILL; after restart %d parsed, %d found by their bytes%n",
                parsedBeforeKill, FILES, parses.size() - parsedBeforeKill, locatedAfterRestart);
    }

    private static Process start(Path home, Path watched, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a small heap: the scan keeps a catalogue entry per file, never the files themselves
        return new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"), "th.ita.cli.ItaCommand",
                "run", "--no-http", "--home", home.toString(), "--routes", Path.of("routes").toAbsolutePath().toString(),
                "--watch", watched.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static long indexedInCatalogue(Path home) {
        try {
            return WatchStatus.of(HomeLayout.at(home)).indexed();
        } catch (IOException notYetWritten) {
            return 0;
        }
    }

    private static int count(Pattern pattern, String log) {
        Matcher matcher = pattern.matcher(log);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    /** What the runs logged: their console output and the home's log files, wherever the logging puts the lines. */
    private static String logText(Path home, Path... outputs) {
        StringBuilder text = new StringBuilder();
        try {
            for (Path output : outputs) {
                text.append(Files.readString(output));
            }
            Path logs = home.resolve("logs");
            if (Files.isDirectory(logs)) {
                try (var files = Files.list(logs)) {
                    for (Path log : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        text.append(Files.readString(log));
                    }
                }
            }
        } catch (IOException notYetWritten) {
            // read again at the next poll
        }
        return text.toString();
    }

    private static void awaitCondition(Duration timeout, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
