package th.ita.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import th.ita.config.EnvironmentCheck;

/** {@code ita doctor}: what this machine offers the pipeline, one line per check. */
@Command(name = "doctor", description = "Check Java, Tesseract with its Thai data, and Thai word breaking (JDK and ICU).")
public final class DoctorCommand implements Callable<Integer> {

    @Option(names = "--tesseract", paramLabel = "PROGRAM", defaultValue = "tesseract",
            description = "The tesseract program to check (default: ${DEFAULT-VALUE}, as ita.ocr.tesseract-path).")
    private String tesseract;

    @Option(names = "--language", paramLabel = "LANGS", defaultValue = "tha+eng",
            description = "OCR languages that must be installed (default: ${DEFAULT-VALUE}).")
    private String language;

    @Override
    public Integer call() {
        List<EnvironmentCheck.Finding> findings = new EnvironmentCheck().run(tesseract, language);
        for (EnvironmentCheck.Finding f : findings) {
            System.out.printf("%-4s %-45s %s%n", f.ok() ? "ok" : "FAIL", f.subject(), f.detail());
        }
        boolean ocr = findings.stream().filter(f -> f.subject().startsWith("Tesseract")).allMatch(EnvironmentCheck.Finding::ok);
        if (!ocr) {
            System.out.println("Scans will wait in <home>/needs-ocr/ until OCR is installed; then run `ita ocr-retry`.");
        }
        return findings.stream().allMatch(EnvironmentCheck.Finding::ok) ? 0 : 1;
    }
}
