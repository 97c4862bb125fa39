package th.ita.structure.golden;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.extract.Extraction;
import th.ita.extract.ExtractionLimits;
import th.ita.extract.TikaReportExtractor;
import th.ita.extract.ocr.DocumentOcr;
import th.ita.extract.ocr.OcrSettings;
import th.ita.extract.ocr.ScanReader;
import th.ita.extract.ocr.ScannedPageReader;
import th.ita.extract.ocr.TesseractHocr;
import th.ita.extract.ocr.TesseractInstallation;
import th.ita.ingest.IncomingFile;
import th.ita.ingest.ReportAssembler;
import th.ita.ingest.ThaiRepairStage;
import th.ita.model.Report;
import th.ita.model.ReportJson;
import th.ita.normalize.ThaiTextNormalizer;
import th.ita.search.VariantRecall;
import th.ita.structure.ItaCatalogue;
import th.ita.structure.ReportStructurer;
import th.ita.structure.StructureInput;
import th.ita.structure.StructuredReport;

/**
 * The golden comparison on every form of the seeds that {@code scripts/make-variants.sh} renders: each variant goes
 * through the route's own stages (Tika extractor with OCR on, Thai repair, structurer), its JSON is compared field
 * by field with the seed's {@code expected.json}, and the two seeds' reports of one configuration are indexed
 * together to measure the quality set's recall@5 on them. Prints the matrix and writes it to
 * {@code target/variant-matrix.md}.
 * <p>
 * Run: {@code scripts/make-variants.sh && mvn -o test -Dtest=VariantMatrixBenchmark -Dtest.excludedGroups=none}
 * ({@code -Dita.variants=DIR} for another folder, {@code -Dita.variants.layer=text} or {@code =scan} for one
 * half, {@code -Dita.variants.only=SUBSTRING,...} for some configurations, {@code -Dita.variants.layouts=DIR} to
 * keep each scan's OCR as a {@link ScannedLayoutFixture} for the floor test).
 */
@Tag("benchmark")
class VariantMatrixBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(VariantMatrixBenchmark.class);
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = ReportJson.mapper();
    private static final ExtractionLimits LIMITS = new ExtractionLimits(100L << 20, 20_000_000, 512L << 20);

    @TempDir
    Path work;

    /** One configuration's row: field accuracy per seed and the recall@5 over both. */
    record Row(VariantFile sample, Map<String, FieldComparison.Result> accuracy, VariantRecall.Score recall) {
    }

    @Test
    void measureEveryVariant() throws Exception {
        Path folder = Path.of(System.getProperty("ita.variants", "target/variants"));
        assumeTrue(Files.isRegularFile(folder.resolve("manifest.tsv")), "run scripts/make-variants.sh first");
        String layer = System.getProperty("ita.variants.layer", "");
        String layouts = System.getProperty("ita.variants.layouts", "");
        List<String> only = List.of(System.getProperty("ita.variants.only", "").split(","));
        Map<String, List<VariantFile>> byConfiguration = new LinkedHashMap<>();
        for (VariantFile v : VariantFile.read(folder)) {
            if (v.selected(layer, only)) {
                byConfiguration.computeIfAbsent(v.configuration(), k -> new ArrayList<>()).add(v);
            }
        }
        ExecutorService ocrWorkers = Executors.newFixedThreadPool(2);
        try {
            Pipeline pipeline = new Pipeline(ocrWorkers);
            List<Row> rows = new ArrayList<>();
            for (List<VariantFile> seeds : byConfiguration.values()) {
                Map<String, FieldComparison.Result> accuracy = new LinkedHashMap<>();
                Map<String, Report> reports = new LinkedHashMap<>();
                for (VariantFile v : seeds) {
                    Read read = pipeline.read(v.file());
                    if (v.get("layer").equals("scan") && !layouts.isEmpty()) {
                        Files.createDirectories(Path.of(layouts));
                        ScannedLayoutFixture.of(read.extracted()).write(Path.of(layouts, v.get("id") + ".ocr.json"));
                    }
                    reports.put(v.get("seed"), read.report());
                    JsonNode expected = JSON.readTree(GOLDEN.resolve("seed" + v.get("seed")).resolve("expected.json").toFile());
                    FieldComparison.Result result = FieldComparison.compare(expected, JSON.valueToTree(read.structure()));
                    accuracy.put(v.get("seed"), result);
                    Path actual = Path.of("target/variant-actual", v.get("id") + ".json");
                    Files.createDirectories(actual.getParent());
                    JSON.writeValue(actual.toFile(), read.structure());
                }
                VariantRecall.Score recall = VariantRecall.measure(reports, work.resolve("index-" + rows.size()));
                Row row = new Row(seeds.get(0), accuracy, recall);
                rows.add(row);
                LOG.info("{}", line(row));
                accuracy.forEach((seed, r) -> r.misses().stream().limit(12).forEach(m -> LOG.info(
                        "  {} {}: expected [{}] got [{}]", seed, m.path(), m.expected(), m.actual())));
            }
            String table = table(rows);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/variant-matrix.md"), table, StandardCharsets.UTF_8);
            LOG.info("variant matrix:\n{}", table);
        } finally {
            ocrWorkers.shutdownNow();
        }
    }

    /** What the stages made of one file: the structure the golden JSON describes, and the report indexed. */
    record Read(Extraction extracted, StructuredReport structure, Report report) {
    }

    /** The route's stages in the route's order, with OCR as the default settings have it. */
    private static final class Pipeline {
        private final TikaReportExtractor extractor;
        private final ThaiRepairStage repair = new ThaiRepairStage(new ThaiTextNormalizer());
        private final ReportStructurer structurer = new ReportStructurer(ItaCatalogue.load(), new ThaiTextNormalizer()::normalize);
        private final ReportAssembler assembler = new ReportAssembler(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

        Pipeline(ExecutorService ocrWorkers) {
            OcrSettings settings = new OcrSettings(true, "tesseract", "tha+eng", 3, 200, Duration.ofSeconds(120), 2);
            TesseractInstallation tesseract = TesseractInstallation.probe(settings.tesseract(), settings.language());
            DocumentOcr ocr = new DocumentOcr(new ScannedPageReader(new TesseractHocr(tesseract, settings)), ocrWorkers, 2);
            extractor = new TikaReportExtractor(LIMITS, new ScanReader(settings, tesseract, Optional.of(ocr)));
        }

        Read read(Path file) throws IOException {
            String name = file.getFileName().toString();
            Extraction extracted = extractor.extract(file, name);
            Extraction extraction = repair.repair(extracted);
            StructuredReport structure = structurer.structure(StructureInput.of(extraction));
            IncomingFile incoming = new IncomingFile(file, name, Integer.toHexString(name.hashCode()) + "-" + Files.size(file),
                    Files.size(file), Optional.empty());
            return new Read(extracted, structure, assembler.assemble(incoming, extraction, structure));
        }
    }

    private static String accuracy(FieldComparison.Result r) {
        return r == null ? "-" : String.format(Locale.ROOT, "%.2f", (double) r.right() / r.expected());
    }

    private static String line(Row row) {
        return String.format(Locale.ROOT, "%s: 000 %s, 003 %s, recall@5 %.2f over %d queries", row.sample().configuration(),
                accuracy(row.accuracy().get("000")), accuracy(row.accuracy().get("003")), row.recall().recall(),
                row.recall().queries());
    }

    private static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder(
                "| configuration | layer | held out | acc 000 | acc 003 | recall@5 |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            VariantFile v = row.sample();
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f |%n", v.configuration(), v.get("layer"),
                    v.get("heldout"), accuracy(row.accuracy().get("000")), accuracy(row.accuracy().get("003")),
                    row.recall().recall()));
        }
        return out.toString();
    }
}
