package th.ita.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import th.ita.config.EnvironmentCheck;
import th.ita.config.InvalidSettingsException;
import th.ita.config.Settings;
import th.ita.home.HomeLayout;

/** {@code ita doctor}: what this machine offers the pipeline, with the home's own settings, one line per check. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the home's settings, Java, Tesseract with its Thai data, and Thai word breaking (JDK and ICU).")
public final class DoctorCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--tesseract", paramLabel = "PROGRAM",
            description = "The tesseract program to check (default: ita.ocr.tesseract-path of the home's settings).")
    private String tesseract;

    @Option(names = "--language", paramLabel = "LANGS",
            description = "OCR languages that must be installed (default: ita.ocr.language of the home's settings).")
    private String language;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = ConsoleOutput.stdout();
        HomeLayout layout = home.layout();
        Settings settings;
        try {
            Properties properties = properties(layout);
            settings = Settings.read(key -> Optional.ofNullable(System.getProperty(key))
                    .or(() -> Optional.ofNullable(properties.getProperty(key))));
            out.printf("%-4s %-45s %s%n", "ok", "Settings", Files.isRegularFile(layout.settingsFile())
                    ? "defaults with " + layout.settingsFile() : "defaults (no " + layout.settingsFile() + ")");
        } catch (InvalidSettingsException bad) {
            out.printf("%-4s %-45s %s%n", "FAIL", "Settings", bad.getMessage());
            out.flush();
            return ExitCode.SETUP;
        }
        String program = tesseract != null ? tesseract : settings.ocr().tesseract();
        String languages = language != null ? language : settings.ocr().language();
        List<EnvironmentCheck.Finding> findings = new EnvironmentCheck().run(program, languages);
        for (EnvironmentCheck.Finding f : findings) {
            out.printf("%-4s %-45s %s%n", f.ok() ? "ok" : "FAIL", f.subject(), f.detail());
        }
        boolean ocr = findings.stream().filter(f -> f.subject().startsWith("Tesseract")).allMatch(EnvironmentCheck.Finding::ok);
        if (!settings.ocr().enabled()) {
            out.println("OCR is switched off (ita.ocr.enabled=false): scans are ingested without text.");
        } else if (!ocr) {
            out.printf("Scans will wait in %s until OCR works (ita.ocr.tesseract-path = %s); then run 'ita ocr-retry'.%n",
                    layout.needsOcr(), program);
        }
        out.flush();
        return findings.stream().allMatch(EnvironmentCheck.Finding::ok) ? ExitCode.OK : ExitCode.INCOMPLETE;
    }

    /** The bundled defaults with the home's own settings over them, as the pipeline reads them. */
    static Properties properties(HomeLayout layout) {
        Properties merged = new Properties();
        try (InputStream defaults = DoctorCommand.class.getResourceAsStream("/application.properties")) {
            if (defaults != null) {
                merged.load(defaults);
            }
            if (Files.isRegularFile(layout.settingsFile())) {
                try (InputStream own = Files.newInputStream(layout.settingsFile())) {
                    merged.load(own);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the settings", e);
        }
        merged.setProperty("ita.home", layout.root().toString());
        return merged;
    }
}
