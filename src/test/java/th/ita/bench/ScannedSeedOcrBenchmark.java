package th.ita.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.App;
import th.ita.extract.ocr.DocumentOcr;
import th.ita.extract.ocr.OcrPage;
import th.ita.extract.ocr.OcrSettings;
import th.ita.extract.ocr.PdfPages;
import th.ita.extract.ocr.ScannedPageReader;
import th.ita.extract.ocr.TesseractHocr;
import th.ita.extract.ocr.TesseractInstallation;
import th.ita.model.ReportJson;
import th.ita.normalize.ThaiTextNormalizer;
import th.ita.structure.golden.FieldComparison;

/**
 * OCR of the scanned seeds, measured: character error rate per page and overall against each seed's own text,
 * field accuracy of the structured report against the golden JSON, and pages per minute through the pipeline
 * next to the tesseract command line on the same page images with the same settings, on every core.
 * Run: {@code mvn -o test -Dtest=ScannedSeedOcrBenchmark -Dtest.excludedGroups=none}
 * (optionally {@code -Dita.bench.psm=6 -Dita.bench.dpi=300} for the CER part). Writes {@code target/ocr-benchmark.md}.
 */
@Tag("benchmark")
class ScannedSeedOcrBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ScannedSeedOcrBenchmark.class);
    private static final Path SAMPLES = Path.of("sample-input");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Map<String, String> SEEDS = Map.of("000_2065e0d738ff9e85", "seed000", "003_de5ae8d4d3f592eb", "seed003");
    private static final ObjectMapper JSON = ReportJson.mapper();
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @TempDir
    Path work;

    @Test
    void measureScannedSeeds() throws Exception {
        TesseractInstallation tesseract = TesseractInstallation.probe("tesseract", "tha+eng");
        assumeTrue(tesseract.usable(), "Tesseract with Thai data is not installed: " + tesseract.missing().orElse(""));
        OcrSettings settings = OcrSettings.defaults()
                .withPageSegMode(Integer.getInteger("ita.bench.psm", 3))
                .withDpi(Integer.getInteger("ita.bench.dpi", 200))
                .withParallelPages(CORES);
        StringBuilder md = new StringBuilder();
        md.append("Tesseract: ").append(tesseract.version()).append(", languages tha+eng, psm ").append(settings.pageSegMode())
                .append(", ").append(settings.dpi()).append(" dpi, preserve_interword_spaces=1, OMP_THREAD_LIMIT=")
                .append(System.getenv("OMP_THREAD_LIMIT")).append(", ").append(CORES).append(" cores.\n\n");
        characterErrorRates(tesseract, settings, md);
        if (!Boolean.getBoolean("ita.bench.cer-only")) {
            throughputAndStructure(md);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ocr-benchmark.md"), md, StandardCharsets.UTF_8);
        LOG.info("OCR benchmark:\n{}", md);
    }

    private void characterErrorRates(TesseractInstallation tesseract, OcrSettings settings, StringBuilder md) throws IOException {
        ThaiTextNormalizer normalizer = new ThaiTextNormalizer();
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelPages());
        DocumentOcr ocr = new DocumentOcr(new ScannedPageReader(new TesseractHocr(tesseract, settings)), pool, settings.parallelPages());
        md.append("### Character error rate (OCR'd text vs the seed's own text, both normalised)\n\n")
                .append("| seed | page | CER | errors / reference chars |\n|---|---|---|---|\n");
        List<String> summary = new ArrayList<>();
        try {
            for (String seed : new java.util.TreeSet<>(SEEDS.keySet())) {
                CharacterErrorRate.Reference reference = new CharacterErrorRate.Reference(
                        normalizer.normalize(Files.readString(SAMPLES.resolve(seed + ".txt"), StandardCharsets.UTF_8)));
                List<CharacterErrorRate.Score> pages = new ArrayList<>();
                StringBuilder whole = new StringBuilder();
                try (PdfPages pdf = new PdfPages(SAMPLES.resolve(seed + "-scanned.pdf"), settings.dpi())) {
                    DocumentOcr.Result result = ocr.read(seed, pdf, IntStream.rangeClosed(1, pdf.count()).boxed().toList());
                    for (Map.Entry<Integer, OcrPage> page : result.pages().entrySet()) {
                        String text = normalizer.normalize(page.getValue().text());
                        whole.append(text);
                        CharacterErrorRate.Score score = reference.page(text);
                        pages.add(score);
                        md.append("| %s | %d | %.1f%% | %d / %d |\n".formatted(seed, page.getKey(), 100 * score.rate(),
                                score.errors(), score.referenceChars()));
                    }
                    CharacterErrorRate.Score overall = reference.overall(pages);
                    double min = pages.stream().mapToDouble(CharacterErrorRate.Score::rate).min().orElse(0);
                    double max = pages.stream().mapToDouble(CharacterErrorRate.Score::rate).max().orElse(0);
                    long plain = CharacterErrorRate.levenshtein(CharacterErrorRate.canonical(whole.toString()),
                            CharacterErrorRate.canonical(normalizer.normalize(Files.readString(SAMPLES.resolve(seed + ".txt")))));
                    summary.add("| %s | %.1f%% (%d / %d) | %.1f%%-%.1f%% | %.1f%% | %.1f |".formatted(seed, 100 * overall.rate(),
                            overall.errors(), overall.referenceChars(), 100 * min, 100 * max,
                            100.0 * plain / reference.length(), result.summary().meanConfidence().orElse(0)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        md.append("\n| seed | overall CER (block-aligned) | per-page range | plain Levenshtein CER (order-sensitive) | mean word confidence |\n")
                .append("|---|---|---|---|---|\n");
        summary.forEach(line -> md.append(line).append('\n'));
        md.append('\n');
    }

    private void throughputAndStructure(StringBuilder md) throws Exception {
        List<Path> files = List.of(SAMPLES.resolve("000_2065e0d738ff9e85-scanned.pdf"), SAMPLES.resolve("003_de5ae8d4d3f592eb-scanned.pdf"));
        Path home = work.resolve("home");
        Main main = App.create(home, Map.of("ita.inbox.poll-delay-ms", "100", "ita.inbox.settle-ms", "100"));
        main.start();
        int pages = 0;
        long start;
        try {
            start = System.nanoTime();
            for (Path file : files) {
                Path temp = home.resolve("inbox/." + file.getFileName() + ".tmp");
                Files.copy(file, temp);
                Files.move(temp, home.resolve("inbox").resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (!files.stream().allMatch(f -> Files.exists(home.resolve("archive").resolve(f.getFileName())))) {
                assertThat(System.nanoTime()).as("pipeline finished the scans within 10 minutes").isLessThan(deadline);
                assertThat(files.stream().noneMatch(f -> Files.exists(home.resolve("failed").resolve(f.getFileName())))).isTrue();
                Thread.sleep(50);
            }
        } finally {
            main.stop();
        }
        double pipelineSeconds = (System.nanoTime() - start) / 1e9;
        md.append("### Structure accuracy of the scanned forms (same golden comparison as the text, DOCX and PDF forms)\n\n")
                .append("| seed | form | fields right / expected | misses |\n|---|---|---|---|\n");
        try (var reports = Files.list(home.resolve("reports"))) {
            for (Path json : reports.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode report = JSON.readTree(json.toFile());
                String fileName = report.path("source").path("fileName").asText();
                pages += report.path("source").path("pages").asInt();
                String seed = SEEDS.get(fileName.substring(0, fileName.indexOf("-scanned")));
                FieldComparison.Result result = FieldComparison.compare(
                        JSON.readTree(GOLDEN.resolve(seed).resolve("expected.json").toFile()), report);
                md.append("| %s | scanned PDF | %s (%.0f%%) | %s |\n".formatted(seed, result.ratio(), 100.0 * result.right() / result.expected(),
                        String.join("; ", result.misses().stream().limit(8).map(m -> m.path()).toList())
                                + (result.misses().size() > 8 ? "; ..." : "")));
            }
        }
        double cliSeconds = tesseractCommandLine(files);
        md.append("\n### Throughput (both scanned seeds, ").append(pages).append(" pages, ").append(CORES).append(" cores)\n\n")
                .append("| run | seconds | pages per minute |\n|---|---|---|\n")
                .append("| pipeline (inbox to archived report JSON: render, straighten, borders, OCR, structure) | %.1f | %.1f |\n"
                        .formatted(pipelineSeconds, pages * 60 / pipelineSeconds))
                .append("| tesseract command line, same page images and settings, %d processes at once | %.1f | %.1f |\n"
                        .formatted(CORES, cliSeconds, pages * 60 / cliSeconds));
    }

    /** Renders the pages as the pipeline does, then times only the tesseract processes, one per core. */
    private double tesseractCommandLine(List<Path> pdfs) throws Exception {
        List<Path> images = new ArrayList<>();
        for (Path pdf : pdfs) {
            try (PdfPages pages = new PdfPages(pdf, 200)) {
                for (int n = 1; n <= pages.count(); n++) {
                    Path png = work.resolve("cli/" + pdf.getFileName() + "-" + n + ".png");
                    Files.createDirectories(png.getParent());
                    ImageIO.write(pages.render(n).image(), "png", png.toFile());
                    images.add(png);
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(CORES);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Path png : images) {
                runs.add(pool.submit(() -> {
                    ProcessBuilder tesseract = new ProcessBuilder("tesseract", png.toString(), png.toString(), "-l", "tha+eng",
                            "--psm", "3", "--dpi", "200", "-c", "preserve_interword_spaces=1", "hocr")
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                    tesseract.environment().put("OMP_THREAD_LIMIT", "1");
                    return tesseract.start().waitFor();
                }));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get(5, TimeUnit.MINUTES)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
