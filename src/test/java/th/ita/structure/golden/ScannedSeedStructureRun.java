package th.ita.structure.golden;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.model.ReportJson;
import th.ita.normalize.ThaiTextNormalizer;
import th.ita.structure.ItaCatalogue;
import th.ita.structure.ReportStructurer;
import th.ita.structure.StructuredReport;

/**
 * Structures the scanned seeds from their OCR, run once and cached (see {@link ScannedSeedLayouts}), and writes
 * every miss to {@code target/scanned-accuracy.md}. With {@code -Dita.fixture.write=true} it also refreshes the
 * committed fixtures the scanned golden test reads.
 * Run: {@code mvn -o test -Dtest=ScannedSeedStructureRun -Dtest.excludedGroups=none}
 */
@Tag("benchmark")
class ScannedSeedStructureRun {

    private static final Logger LOG = LoggerFactory.getLogger(ScannedSeedStructureRun.class);
    /** Each scanned form by its fixture's name under its seed's golden folder. */
    private static final Map<String, String> SEEDS = new TreeMap<>(Map.of(
            "seed000/report-scanned", "sample-input/000_2065e0d738ff9e85-scanned.pdf",
            "seed000/report-scanned-tiff", "sample-input/000_2065e0d738ff9e85-scanned.tiff",
            "seed003/report-scanned", "sample-input/003_de5ae8d4d3f592eb-scanned.pdf"));
    private static final ObjectMapper JSON = ReportJson.mapper();

    @Test
    void structureTheScannedSeeds() throws Exception {
        ThaiTextNormalizer normalizer = new ThaiTextNormalizer();
        ReportStructurer structurer = new ReportStructurer(ItaCatalogue.load(), normalizer::normalize);
        StringBuilder md = new StringBuilder();
        for (Map.Entry<String, String> seed : SEEDS.entrySet()) {
            ScannedLayoutFixture ocr = ScannedSeedLayouts.ocrOnce(Path.of(seed.getValue()));
            String seedName = seed.getKey().substring(0, seed.getKey().indexOf('/'));
            if (Boolean.getBoolean("ita.fixture.write")) {
                ocr.write(Path.of("src/test/resources/golden", seed.getKey() + ".ocr.json"));
            }
            StructuredReport report = structurer.structure(ocr.input(normalizer::normalize));
            Path out = Path.of("target/scanned-actual", seed.getKey().replace('/', '-') + ".json");
            Files.createDirectories(out.getParent());
            JSON.writeValue(out.toFile(), report);
            FieldComparison.Result result = FieldComparison.compare(
                    JSON.readTree(Path.of("src/test/resources/golden", seedName, "expected.json").toFile()),
                    JSON.valueToTree(report));
            md.append("## ").append(seed.getKey()).append(": ").append(result.ratio()).append("\n\n");
            result.misses().forEach(m -> md.append("- ").append(m.path()).append(": expected [").append(m.expected())
                    .append("] got [").append(m.actual()).append("]\n"));
            md.append("\nproblems: ").append(report.problems()).append("\n\n");
        }
        Files.writeString(Path.of("target/scanned-accuracy.md"), md, StandardCharsets.UTF_8);
        LOG.info("scanned seeds: {}", md.toString().lines().filter(l -> l.startsWith("## ")).toList());
    }
}
