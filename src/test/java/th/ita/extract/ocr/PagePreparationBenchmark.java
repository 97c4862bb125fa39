package th.ita.extract.ocr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import th.ita.extract.RulingLine;

/**
 * The CPU a scanned page costs before Tesseract sees it (rendering, straightening, finding and erasing borders),
 * phase by phase, in the calling thread's CPU seconds, which a busy machine does not inflate as it does wall time.
 * Also writes each page's fingerprint (angle, borders, a digest of the image Tesseract is given) to
 * {@code target/page-preparation.tsv}: two builds whose fingerprints are equal give Tesseract the same pages.
 * <p>
 * Reads the scanned samples, or every scan ({@code *-scan-*.pdf}, {@code .tiff}) of {@code -Dita.bench.scans=DIR}.
 */
@Tag("benchmark")
class PagePreparationBenchmark {

    private static final Path SAMPLES = Path.of("sample-input");
    private static final int ROUNDS = Integer.getInteger("ita.bench.rounds", 3);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The angle search alone, which straightening repeats: shown, not added to the total. */
    private static final String SKEW_ANGLE = "of which the angle search (not added)";

    private final SkewCorrection skew = new SkewCorrection();
    private final RulingLineDetector rulings = new RulingLineDetector();
    private final Map<String, Long> cpuNanos = new LinkedHashMap<>();

    @Test
    void measuresEachPhaseAndFingerprintsEachPage() throws IOException {
        List<Path> files = scans();
        List<String> fingerprints = new ArrayList<>();
        int pages = 0;
        // the first round compiles; only the later ones are counted
        for (int round = 0; round <= ROUNDS; round++) {
            if (round == 1) {
                cpuNanos.clear();
                pages = 0;
            }
            for (Path file : files) {
                try (PageImages images = open(file)) {
                    for (int number = 1; number <= images.count(); number++) {
                        if (images instanceof PdfPages pdf && !pdf.hasImages(number)) {
                            continue;
                        }
                        String fingerprint = prepare(images, number);
                        pages++;
                        if (round == ROUNDS) {
                            fingerprints.add(file.getFileName() + "\t" + number + "\t" + fingerprint);
                        }
                    }
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/page-preparation.tsv"), fingerprints);
        StringBuilder report = new StringBuilder("| phase | CPU ms per page |\n|---|---|\n");
        long total = 0;
        for (var e : cpuNanos.entrySet()) {
            report.append(String.format(Locale.ROOT, "| %s | %.1f |%n", e.getKey(), e.getValue() / 1e6 / pages));
            total += e.getKey().equals(SKEW_ANGLE) ? 0 : e.getValue();
        }
        report.append(String.format(Locale.ROOT, "| all | %.1f |%n%n%d pages a round, %d rounds counted%n", total / 1e6 / pages,
                pages / ROUNDS, ROUNDS));
        Files.writeString(Path.of("target/page-preparation.md"), report);
        System.out.println(report);
    }

    private String prepare(PageImages images, int number) throws IOException {
        long t = cpu();
        GrayImage page = images.render(number);
        int dpi = images.dpi(number);
        t = count("render", t);
        boolean bilevel = page.bilevel();
        t = count("bilevel test", t);
        SkewCorrection.Straightened straight = skew.straighten(page);
        t = count("straighten (angle search and rotation)", t);
        skew.skewDegrees(page);
        t = count(SKEW_ANGLE, t);
        List<RulingLine> lines = rulings.detect(straight.image(), dpi, bilevel);
        t = count("find borders", t);
        GrayImage prepared = rulings.withoutLines(straight.image(), lines, dpi);
        t = count("erase borders", t);
        prepared.inkThreshold();
        count("ink threshold (cell re-reads)", t);
        return dpi + "\t" + straight.degrees() + "\t" + lines.size() + "\t" + digest(lines.toString()) + "\t"
                + digest(prepared.pixels());
    }

    private long count(String phase, long since) {
        long now = cpu();
        cpuNanos.merge(phase, now - since, Long::sum);
        return now;
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static List<Path> scans() throws IOException {
        String dir = System.getProperty("ita.bench.scans", "");
        Path folder = dir.isBlank() ? SAMPLES : Path.of(dir);
        String mark = dir.isBlank() ? "scanned" : "-scan-";
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(mark))
                    .filter(f -> f.toString().matches(".*\\.(pdf|tiff|png)$"))
                    .sorted().toList();
        }
    }

    private static PageImages open(Path file) throws IOException {
        return file.toString().endsWith(".pdf") ? new PdfPages(file, 200) : new ImageFilePages(file, 200);
    }

    private static String digest(String text) {
        return digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
