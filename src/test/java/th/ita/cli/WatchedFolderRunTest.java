package th.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.ingest.FileIntake;
import th.ita.model.ReportJson;

/**
 * Runs a real {@code ita run --watch DIR} process and, while it runs, adds, renames, moves, edits, copies and
 * deletes files in the watched folder, checking each change with {@code ita search} within 2 s, counting the parses
 * the process logs, and comparing the folder byte for byte at the end.
 */
class WatchedFolderRunTest {

    private static final Duration CHANGE_SEEN_WITHIN = Duration.ofSeconds(2);
    private static final Pattern PARSED = Pattern.compile("Parsed watched file \\[(.+?)] as report \\[([0-9a-f]{64})]");

    @TempDir
    Path temp;
    private Path home;
    private Path watched;
    private Path runLog;
    private Process run;
    /** What the test put in the watched folder: the product must leave exactly this there. */
    private final Map<String, byte[]> expected = new TreeMap<>();
    private final List<String> contentsWritten = new ArrayList<>();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void startRunOnAWatchedFolder() throws IOException {
        home = temp.resolve("home");
        watched = temp.resolve("reports of 2565");
        runLog = temp.resolve("run.log");
        Files.createDirectories(watched);
        write("a.txt", "alphatoken");
        write("nested/b.txt", "bravotoken");
        write("empty.txt", "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "th.ita.cli.ItaCommand",
                "run", "--no-http", "--home", home.toString(), "--routes", Path.of("routes").toAbsolutePath().toString(),
                "--watch", watched.toString())
                .redirectErrorStream(true)
                .redirectOutput(runLog.toFile())
                .start();
        originalOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopRun() throws InterruptedException {
        System.setOut(originalOut);
        run.destroy();
        run.waitFor();
    }

    @Test
    void everyChangeInAWatchedFolderIsSearchableWithin2sWithoutParsingARenamedFileAgain() throws Exception {
        // the first scan, after the process has started (Camel, Tika, Lucene): a generous bound
        awaitSearch(Duration.ofSeconds(90), "alphatoken", paths -> paths.equals(List.of(full("a.txt"))));
        awaitSearch(CHANGE_SEEN_WITHIN, "bravotoken", paths -> paths.equals(List.of(full("nested/b.txt"))));
        assertThat(status()).contains("2 indexed (2 reports), 1 failed").contains(full("empty.txt") + "  EMPTY_FILE");

        write("c.txt", "charlietoken");
        awaitSearch(CHANGE_SEEN_WITHIN, "charlietoken", paths -> paths.equals(List.of(full("c.txt"))));

        move("a.txt", "a renamed.txt");
        awaitSearch(CHANGE_SEEN_WITHIN, "alphatoken", paths -> paths.equals(List.of(full("a renamed.txt"))));

        move("nested/b.txt", "moved/deeper/b.txt");
        awaitSearch(CHANGE_SEEN_WITHIN, "bravotoken", paths -> paths.equals(List.of(full("moved/deeper/b.txt"))));

        write("c.txt", "deltatoken");
        awaitSearch(CHANGE_SEEN_WITHIN, "deltatoken", paths -> paths.equals(List.of(full("c.txt"))));
        awaitSearch(CHANGE_SEEN_WITHIN, "charlietoken", List::isEmpty);

        String alphaReport = FileIntake.sha256Of(watched.resolve("a renamed.txt"));
        delete("a renamed.txt");
        awaitSearch(CHANGE_SEEN_WITHIN, "alphatoken", List::isEmpty);
        JsonNode goneReport = ReportJson.mapper().readTree(home.resolve("reports").resolve(alphaReport + ".json").toFile());
        assertThat(goneReport.path("source").has("goneAt")).as("a deleted file's report stays, marked gone").isTrue();

        copy("moved/deeper/b.txt", "copy of b.txt");
        awaitSearch(CHANGE_SEEN_WITHIN, "bravotoken", paths -> paths.size() == 1
                && paths.get(0).contains(full("moved/deeper/b.txt")) && paths.get(0).contains(full("copy of b.txt")));

        write("empty.txt", "echotoken");
        awaitSearch(CHANGE_SEEN_WITHIN, "echotoken", paths -> paths.equals(List.of(full("empty.txt"))));
        assertThat(status()).contains("4 indexed (3 reports), 0 failed");

        assertThat(parsesLogged()).as("each content parsed once; renames, moves and copies parsed never")
                .containsExactlyInAnyOrderElementsOf(contentsWritten.stream().filter(text -> !text.isEmpty()).toList());
        assertThat(folderContents()).as("the watched folder is exactly what the test left there")
                .containsOnlyKeys(expected.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(expected.get(path)));
    }

    /**
     * Runs {@code ita search word} until the paths it shows pass, failing when a search started after the bound
     * still did not: each search reads the index as it was when it started.
     */
    private void awaitSearch(Duration within, String word, Predicate<List<String>> shownPaths) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            boolean late = System.nanoTime() > deadline;
            List<String> paths = search(word);
            if (shownPaths.test(paths)) {
                return;
            }
            if (late) {
                throw new AssertionError("ita search " + word + " still shows " + paths + " after " + within
                        + " (at " + java.time.Instant.now() + ")\n" + logText());
            }
        }
    }

    /** The file paths the report hits for {@code word} show, one entry per report. */
    private List<String> search(String word) throws IOException {
        stdout.reset();
        int exit = ItaCommand.commandLine().execute("search", word, "--json", "--home", home.toString());
        if (exit != 0) {
            return List.of("exit " + exit); // no index yet: the run is still starting
        }
        List<String> paths = new ArrayList<>();
        for (JsonNode hit : ReportJson.mapper().readTree(stdout.toString(StandardCharsets.UTF_8)).path("hits")) {
            if (hit.path("kind").asText().equals("report")) {
                paths.add(hit.path("fileName").asText());
            }
        }
        return paths;
    }

    private String status() {
        stdout.reset();
        assertThat(ItaCommand.commandLine().execute("status", "--home", home.toString())).isZero();
        return stdout.toString(StandardCharsets.UTF_8);
    }

    /** The text of every file the run logged as parsed. */
    private List<String> parsesLogged() throws IOException {
        List<String> parsedReports = new ArrayList<>();
        Matcher parsed = PARSED.matcher(logText());
        while (parsed.find()) {
            parsedReports.add(parsed.group(2));
        }
        Map<String, String> textByReport = new TreeMap<>();
        for (String text : contentsWritten) {
            textByReport.put(sha256(text), text);
        }
        return parsedReports.stream().map(id -> textByReport.getOrDefault(id, "unknown report " + id)).toList();
    }

    /** What the run logged: its console output and the home's log files, wherever the logging puts the lines. */
    private String logText() throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(runLog));
        Path logs = home.resolve("logs");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path log : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    text.append(Files.readString(log));
                }
            }
        }
        return text.toString();
    }

    private String full(String relative) {
        return watched.resolve(relative).toString();
    }

    private static String text(String word) {
        return word.isEmpty() ? "" : "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส " + word + "\n";
    }

    private static String sha256(String word) throws IOException {
        Path file = Files.createTempFile("content", ".txt");
        try {
            Files.writeString(file, text(word), StandardCharsets.UTF_8);
            return FileIntake.sha256Of(file);
        } finally {
            Files.delete(file);
        }
    }

    /** Writes as an editor saves: a hidden temporary file renamed over the target. */
    private void write(String relative, String word) throws IOException {
        Path target = watched.resolve(relative);
        Files.createDirectories(target.getParent());
        Path hidden = target.resolveSibling("." + target.getFileName() + ".saving");
        byte[] bytes = text(word).getBytes(StandardCharsets.UTF_8);
        Files.write(hidden, bytes);
        Files.move(hidden, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        expected.put(relative, bytes);
        contentsWritten.add(word);
    }

    private void move(String from, String to) throws IOException {
        Files.createDirectories(watched.resolve(to).getParent());
        Files.move(watched.resolve(from), watched.resolve(to), StandardCopyOption.ATOMIC_MOVE);
        expected.put(to, expected.remove(from));
    }

    private void copy(String from, String to) throws IOException {
        Files.copy(watched.resolve(from), watched.resolve(to));
        expected.put(to, expected.get(from));
    }

    private void delete(String relative) throws IOException {
        Files.delete(watched.resolve(relative));
        expected.remove(relative);
    }

    private Map<String, byte[]> folderContents() throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(watched)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(watched.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
