package th.ita.config;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import th.ita.extract.ocr.TesseractInstallation;

/**
 * What {@code ita doctor} reports: the Java runtime, Tesseract and its Thai data, and whether Thai text can
 * be cut into words by the JDK's and ICU's dictionaries (search depends on one of them).
 */
public final class EnvironmentCheck {

    /** A Thai phrase whose word boundaries any Thai dictionary knows: การ|ใช้|ทรัพย์สิน|ของ|ราชการ. */
    static final String THAI_SAMPLE = "การใช้ทรัพย์สินของราชการ";

    /**
     * One line of the report.
     *
     * @param subject what was checked
     * @param ok      whether it is fit for use
     * @param detail  what was found, or what to do
     */
    public record Finding(String subject, boolean ok, String detail) {
    }

    public List<Finding> run(String tesseract, String language) {
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("Java", Runtime.version().feature() >= 17,
                "%s %s (%s), %d cores".formatted(System.getProperty("java.vm.name"), Runtime.version(),
                        System.getProperty("java.vendor"), Runtime.getRuntime().availableProcessors())));
        TesseractInstallation installation = TesseractInstallation.probe(tesseract, language);
        findings.add(new Finding("Tesseract", installation.program().isPresent() && !installation.version().isEmpty(),
                installation.program().isPresent()
                        ? installation.version() + " at " + installation.program().get()
                        : installation.missing().orElse("not found")));
        findings.add(new Finding("Tesseract languages (" + language + ")", installation.usable(),
                installation.missing().orElse("installed: " + String.join(", ", installation.languages())
                        + installation.tessdata().map(d -> " in " + d).orElse(""))));
        String threads = System.getenv("OMP_THREAD_LIMIT");
        findings.add(new Finding("OMP_THREAD_LIMIT", "1".equals(threads), threads == null
                ? "not set: parallel Tesseracts slow each other down (the ita launcher sets 1)" : threads));
        findings.add(jdkThaiWords());
        findings.add(icuThaiWords());
        return List.copyOf(findings);
    }

    private static Finding jdkThaiWords() {
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(THAI_SAMPLE);
        List<String> parts = new ArrayList<>();
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            parts.add(THAI_SAMPLE.substring(start, end));
        }
        return new Finding("Thai word break (java.text.BreakIterator)", parts.size() > 1, String.join("|", parts));
    }

    /** ICU comes with Lucene's ICU analysis module; looked up by name so this class does not need it. */
    private static Finding icuThaiWords() {
        try {
            Class<?> icu = Class.forName("com.ibm.icu.text.BreakIterator");
            Object words = icu.getMethod("getWordInstance", Locale.class).invoke(null, Locale.forLanguageTag("th"));
            icu.getMethod("setText", String.class).invoke(words, THAI_SAMPLE);
            var next = icu.getMethod("next");
            List<String> parts = new ArrayList<>();
            int start = (int) icu.getMethod("first").invoke(words);
            for (int end = (int) next.invoke(words); end != -1; start = end, end = (int) next.invoke(words)) {
                parts.add(THAI_SAMPLE.substring(start, end));
            }
            String version = String.valueOf(Class.forName("com.ibm.icu.util.VersionInfo").getField("ICU_VERSION").get(null));
            return new Finding("Thai word break (ICU " + version + ")", parts.size() > 1, String.join("|", parts));
        } catch (ReflectiveOperationException | LinkageError e) {
            return new Finding("Thai word break (ICU)", false, "ICU is not on the classpath: " + e);
        }
    }
}
