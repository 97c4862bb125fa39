package th.ita.structure.golden;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.extract.Extraction;
import th.ita.ingest.IncomingFile;
import th.ita.ingest.ReportAssembler;
import th.ita.model.Report;
import th.ita.model.ReportJson;
import th.ita.search.VariantRecall;
import th.ita.normalize.ThaiTextNormalizer;
import th.ita.structure.ItaCatalogue;
import th.ita.structure.ReportStructurer;
import th.ita.structure.StructuredReport;

/**
 * Structures again the scans whose OCR {@link VariantMatrixBenchmark} kept ({@code -Dita.variants.layouts=DIR}):
 * the golden comparison of every {@code NNN-*.ocr.json} in the folder against seed NNN, in seconds instead of the
 * minutes OCR takes, so the structure stage's reading of scans can be changed and measured again on the same OCR.
 * Writes every miss to {@code target/scan-layout-accuracy.md}, and the quality set's recall@5 over each
 * configuration whose two seeds were both kept.
 * Run: {@code mvn -o test -Dtest=ScanLayoutStructureRun -Dtest.excludedGroups=none -Dita.variants.layouts=DIR
 * [-Dita.variants.only=SUBSTRING,...]}
 */
@Tag("benchmark")
class ScanLayoutStructureRun {

    private static final Logger LOG = LoggerFactory.getLogger(ScanLayoutStructureRun.class);
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = ReportJson.mapper();

    @Test
    void structureTheKeptScans() throws IOException {
        String folder = System.getProperty("ita.variants.layouts", "");
        assumeTrue(!folder.isEmpty() && Files.isDirectory(Path.of(folder)), "give -Dita.variants.layouts=DIR");
        List<String> only = List.of(System.getProperty("ita.variants.only", "").split(","));
        String report = report(Path.of(folder), only);
        Files.writeString(Path.of("target/scan-layout-accuracy.md"), report, StandardCharsets.UTF_8);
        LOG.info("kept scans: {}", report.lines().filter(l -> l.startsWith("## ")).toList());
    }

    /** Every kept scan's accuracy and misses, as Markdown. */
    static String report(Path folder, List<String> only) throws IOException {
        ThaiTextNormalizer normalizer = new ThaiTextNormalizer();
        ReportStructurer structurer = new ReportStructurer(ItaCatalogue.load(), normalizer::normalize);
        List<Path> kept;
        try (Stream<Path> files = Files.list(folder)) {
            kept = files.filter(p -> p.getFileName().toString().matches("\\d{3}-.*\\.ocr\\.json"))
                    .filter(p -> only.stream().anyMatch(p.getFileName().toString()::contains)).sorted().toList();
        }
        StringBuilder md = new StringBuilder();
        Map<String, Map<String, Report>> byConfiguration = new TreeMap<>();
        ReportAssembler assembler = new ReportAssembler(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        for (Path file : kept) {
            String name = file.getFileName().toString();
            String seed = "seed" + name.substring(0, 3);
            ScannedLayoutFixture ocr = ScannedLayoutFixture.read(file);
            StructuredReport structure = structurer.structure(ocr.input(normalizer::normalize));
            Extraction extraction = new Extraction(normalizer.normalize(ocr.text()), "", ocr.mediaType(), Optional.empty(),
                    OptionalInt.of(ocr.layout().size()), ocr.layout(), Optional.empty(), List.of());
            IncomingFile incoming = new IncomingFile(file, name, Integer.toHexString(name.hashCode()), Files.size(file), Optional.empty());
            byConfiguration.computeIfAbsent(name.substring(4), k -> new TreeMap<>())
                    .put(name.substring(0, 3), assembler.assemble(incoming, extraction, structure));
            Path actual = Path.of("target/scan-layout-actual", name.replace(".ocr.json", ".json"));
            Files.createDirectories(actual.getParent());
            JSON.writeValue(actual.toFile(), structure);
            FieldComparison.Result result = FieldComparison.compare(
                    JSON.readTree(GOLDEN.resolve(seed).resolve("expected.json").toFile()), JSON.valueToTree(structure));
            md.append("## ").append(name).append(": ").append(result.ratio()).append("\n\n");
            result.misses().forEach(m -> md.append("- ").append(m.path()).append(": expected [").append(m.expected())
                    .append("] got [").append(m.actual()).append("]\n"));
            md.append("\nproblems: ").append(structure.problems()).append("\n\n");
        }
        Path indexes = Files.createTempDirectory("scan-layout-recall");
        int n = 0;
        for (Map.Entry<String, Map<String, Report>> configuration : byConfiguration.entrySet()) {
            if (configuration.getValue().size() == 2) {
                VariantRecall.Score recall = VariantRecall.measure(configuration.getValue(), indexes.resolve("index-" + n++));
                md.append("## recall@5 ").append(configuration.getKey()).append(": ")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", recall.recall())).append("\n");
            }
        }
        return md.toString();
    }
}
