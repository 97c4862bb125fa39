package th.ita.extract.ocr;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the machine offers for OCR, found once at start by running the tesseract program: whether it runs,
 * its version, and whether every language OCR needs is installed.
 *
 * @param program   the program's absolute path, when found
 * @param version   the first line of {@code tesseract --version}
 * @param languages installed language data, e.g. eng, osd, tha
 * @param tessdata  the folder Tesseract reads language data from, as it reports it
 * @param missing   why OCR cannot run here, empty when it can
 */
public record TesseractInstallation(Optional<Path> program, String version, List<String> languages,
                                    Optional<String> tessdata, Optional<String> missing) {

    private static final Pattern TESSDATA = Pattern.compile("\"(.+)\"");

    private static final long PROBE_SECONDS = 20;

    public boolean usable() {
        return missing.isEmpty();
    }

    /** Looks for {@code tesseract} (a name on the PATH or a path) and checks it has every language in {@code language}. */
    public static TesseractInstallation probe(String tesseract, String language) {
        Optional<Path> program = onPath(tesseract);
        if (program.isEmpty()) {
            return unusable(program, "Tesseract is not installed: '" + tesseract
                    + "' was not found (ita.ocr.tesseract-path; install tesseract-ocr and tesseract-ocr-tha).");
        }
        if (!program.get().getFileName().toString().matches("tesseract(\\.exe)?")) {
            return unusable(program, "The OCR program must be called tesseract, was " + program.get());
        }
        List<String> versionLines;
        List<String> languageLines;
        try {
            versionLines = run(program.get().toString(), "--version");
            languageLines = run(program.get().toString(), "--list-langs");
        } catch (IOException e) {
            return unusable(program, "Tesseract at " + program.get() + " does not run: " + e.getMessage());
        }
        String version = versionLines.isEmpty() ? "unknown" : versionLines.get(0).strip();
        List<String> languages = languageLines.stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("List of")).sorted().toList();
        List<String> absent = Arrays.stream(language.split("\\+")).filter(l -> !languages.contains(l)).toList();
        Optional<String> missing = absent.isEmpty() ? Optional.empty() : Optional.of(
                "Tesseract language data missing: " + String.join(", ", absent)
                        + " (install tesseract-ocr-" + absent.get(0) + "); installed: " + languages + ".");
        Optional<String> tessdata = languageLines.stream().filter(l -> l.startsWith("List of"))
                .map(TESSDATA::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst();
        return new TesseractInstallation(program, version, languages, tessdata, missing);
    }

    private static TesseractInstallation unusable(Optional<Path> program, String why) {
        return new TesseractInstallation(program, "", List.of(), Optional.empty(), Optional.of(why));
    }

    /** A program given by path, or looked up by name on the PATH. */
    static Optional<Path> onPath(String tesseract) {
        if (tesseract == null || tesseract.isBlank()) {
            return Optional.empty();
        }
        if (tesseract.contains("/") || tesseract.contains(File.separator)) {
            Path path = Path.of(tesseract).toAbsolutePath().normalize();
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String searchPath = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : searchPath.split(File.pathSeparator)) {
            for (String name : List.of(tesseract, tesseract + ".exe")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toAbsolutePath().normalize());
                }
            }
        }
        return Optional.empty();
    }

    /** Tesseract 4 prints its version to stderr and 5 to stdout, so both are read together. */
    private static List<String> run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("no answer within " + PROBE_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("exit code " + process.exitValue());
            }
            return new String(out, StandardCharsets.UTF_8).lines().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
    }
}
