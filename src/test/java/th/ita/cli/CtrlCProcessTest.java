package th.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C as a person presses it: SIGINT to the whole process group of a real {@code ita}, the way a terminal
 * sends it. The child runs in a session of its own (setsid) so the signal does not reach this test's JVM.
 */
class CtrlCProcessTest {

    private static final Path SCAN = Path.of("sample-input/003_de5ae8d4d3f592eb-scanned-p1.png");

    private static final String RESTORE_CTRL_C = "$SIG{INT} = 'DEFAULT'; exec @ARGV or die";

    @TempDir
    Path work;

    /** Every ita this test started: one left running by a failed assertion would outlive the test run. */
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsStillRunning() throws Exception {
        for (Process process : started) {
            if (process.isAlive()) {
                new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid()).inheritIO().start().waitFor();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void ctrlCWhileTesseractRunsNeverArchivesAReportWithPagesMissing() throws Exception {
        Path home = work.resolve("home");
        Path scan = Files.copy(SCAN, work.resolve("scan.png"));
        Process ita = startInOwnSession(work.resolve("first"), "ingest", "--home", home.toString(), scan.toString());
        assertThat(awaitTesseractUnder(ita)).as("Tesseract started").isTrue();

        interruptGroup(ita);
        assertThat(ita.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(ita.exitValue()).isEqualTo(130);
        String out = Files.readString(work.resolve("first.out"), StandardCharsets.UTF_8);
        String err = Files.readString(work.resolve("first.err"), StandardCharsets.UTF_8);
        assertThat(err).doesNotContain("Exception");
        // either the page in flight finished and the file was archived whole, or the file waits to be read again
        assertThat(out).containsAnyOf("archived", "pending");
        assertNoReportLacksPages(home);

        CommandLineProcessTest.Run again = CommandLineProcessTest.ita(work, "ingest", "--home", home.toString(), scan.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("scan.png").doesNotContain("failed");
        assertNoReportLacksPages(home);
        try (Stream<Path> reports = Files.list(home.resolve("reports"))) {
            assertThat(reports.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(1);
        }
    }

    @Test
    void runStopsOnCtrlCAndASecondRunOnTheSameHomeIsRefused() throws Exception {
        Path home = work.resolve("home");
        Process run = startInOwnSession(work.resolve("run"), "run", "--no-http", "--home", home.toString());
        Path err = work.resolve("run.err");
        for (int i = 0; i < 600 && !Files.readString(err).contains("Watching"); i++) {
            Thread.sleep(200);
        }
        assertThat(Files.readString(err)).contains("Home: " + home).contains("Watching");

        CommandLineProcessTest.Run second = CommandLineProcessTest.ita(work, "run", "--no-http", "--home", home.toString());
        assertThat(second.exit()).isEqualTo(5);
        assertThat(second.err()).contains("Another 'ita run'").doesNotContain("\tat ");

        interruptGroup(run);
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("an idle run stops without waiting for the stop's time limit").isTrue();
        assertThat(run.exitValue()).isEqualTo(130);
        assertThat(Files.readString(err)).contains("Stopped.").doesNotContain("SIGTERM");
    }

    private Process startInOwnSession(Path outputBase, String... args) throws IOException {
        // a terminal's child takes Ctrl-C, but a job started in the background by a non-interactive shell (a CI
        // script run with '&', nohup) inherits SIGINT ignored, and a JVM started so never installs its handler:
        // perl puts the default disposition back, then execs the JVM in place
        List<String> command = new ArrayList<>(List.of("setsid", "perl", "-e", RESTORE_CTRL_C,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
                "-Dita.install-dir=" + Path.of("").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), ItaCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.redirectOutput(Path.of(outputBase + ".out").toFile())
                .redirectError(Path.of(outputBase + ".err").toFile()).start();
        started.add(process);
        return process;
    }

    /** setsid and perl exec the JVM in place (the test JVM's child is no group leader): its pid is its group. */
    private static void interruptGroup(Process process) throws Exception {
        new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start().waitFor();
    }

    private static boolean awaitTesseractUnder(Process ita) throws Exception {
        for (int i = 0; i < 1500 && ita.isAlive(); i++) {
            // a page being OCR'd, not the start-up probe of the installation (tesseract --version)
            Process pgrep = new ProcessBuilder("pgrep", "-P", Long.toString(ita.pid()), "-f", "tesseract .*page\\.pgm").start();
            if (pgrep.waitFor() == 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static void assertNoReportLacksPages(Path home) throws IOException {
        Path reports = home.resolve("reports");
        if (!Files.isDirectory(reports)) {
            return;
        }
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertThat(Files.readString(report)).doesNotContain("OCR_PAGE_FAILED").doesNotContain("exit value 130");
            }
        }
    }
}
