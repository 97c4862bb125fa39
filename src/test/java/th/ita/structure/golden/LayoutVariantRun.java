package th.ita.structure.golden;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.model.ReportJson;
import th.ita.normalize.ThaiTextNormalizer;
import th.ita.structure.ItaCatalogue;
import th.ita.structure.ReportStructurer;
import th.ita.structure.StructureInput;
import th.ita.structure.StructuredReport;

/**
 * Field accuracy of every variant in a folder written by {@code scripts/make-variants.sh} ({@code -Dita.variants=DIR},
 * default {@code target/variants}; its {@code manifest.tsv} names the files), read by the structurer alone, against
 * the seed's expected.json, with the spaces the reading inserted into or lost from the expected strings (compared
 * letter by letter, whitespace aside). Scans are OCR'd once and cached, or read from the OCR layouts
 * {@link VariantMatrixBenchmark} kept ({@code -Dita.variants.layouts=DIR}, files {@code <id>.ocr.json}).
 * {@code -Dita.variants.layer} and {@code -Dita.variants.only} select as in {@link VariantMatrixBenchmark}.
 * Writes {@code target/layout-variants.md}.
 * Run: {@code mvn -o test -Dtest=LayoutVariantRun -Dtest.excludedGroups=none -Dita.variants=/work/variants/text-and-scan
 * -Dita.variants.only=-none-,-narrow-}
 */
@Tag("benchmark")
class LayoutVariantRun {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutVariantRun.class);
    private static final ObjectMapper JSON = ReportJson.mapper();

    @Test
    void measureEveryVariant() throws Exception {
        Path dir = Path.of(System.getProperty("ita.variants", "target/variants"));
        assumeTrue(Files.isRegularFile(dir.resolve("manifest.tsv")), "run scripts/make-variants.sh first");
        String layer = System.getProperty("ita.variants.layer", "");
        List<String> only = List.of(System.getProperty("ita.variants.only", "").split(","));
        Path layouts = Path.of(System.getProperty("ita.variants.layouts", "target/layout-variants"));
        ThaiTextNormalizer normalizer = new ThaiTextNormalizer();
        ReportStructurer structurer = new ReportStructurer(ItaCatalogue.load(), normalizer::normalize);
        GoldenDocumentReader reader = new GoldenDocumentReader();
        StringBuilder md = new StringBuilder("| seed | variant | fields | spaces inserted | spaces lost |\n|---|---|---|---|---|\n");
        StringBuilder misses = new StringBuilder();
        for (VariantFile variant : VariantFile.read(dir)) {
            if (!variant.selected(layer, only)) {
                continue;
            }
            String seed = "seed" + variant.get("seed");
            String name = variant.configuration();
            Path cached = layouts.resolve(variant.get("id") + ".ocr.json");
            StructureInput input = !variant.get("layer").equals("scan") ? reader.read(variant.file())
                    : Files.isRegularFile(cached) ? ScannedLayoutFixture.read(cached).input(normalizer::normalize)
                    : scanned(variant.file(), cached).input(normalizer::normalize);
            StructuredReport report = structurer.structure(input);
            JsonNode expected = JSON.readTree(Path.of("src/test/resources/golden", seed, "expected.json").toFile());
            JsonNode actual = JSON.valueToTree(report);
            FieldComparison.Result result = FieldComparison.compare(expected, actual);
            int[] spaces = new int[2];
            countSpaces(expected, actual, spaces);
            md.append("| ").append(seed).append(" | ").append(name).append(" | ").append(result.ratio())
                    .append(" | ").append(spaces[0]).append(" | ").append(spaces[1]).append(" |\n");
            misses.append("\n## ").append(seed).append(' ').append(name).append(' ').append(result.ratio()).append('\n');
            result.misses().forEach(m -> misses.append("- ").append(m.path()).append(": expected [").append(m.expected())
                    .append("] got [").append(m.actual()).append("]\n"));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/layout-variants.md"), md + misses.toString(), StandardCharsets.UTF_8);
        LOG.info("layout variants:\n{}", md);
    }

    /** A scan OCR'd once; its layout is kept for the next run (and to be committed as a fixture if wanted). */
    private static ScannedLayoutFixture scanned(Path scan, Path cache) throws java.io.IOException {
        ScannedLayoutFixture ocr = ScannedSeedLayouts.ocrOnce(scan);
        Files.createDirectories(cache.getParent());
        ocr.write(cache);
        return ocr;
    }

    /** Adds to spaces[0] the spaces the actual strings have where expected ones have none, to spaces[1] the reverse. */
    private static void countSpaces(JsonNode expected, JsonNode actual, int[] spaces) {
        if (actual == null) {
            return;
        }
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                countSpaces(f.getValue(), actual.get(f.getKey()), spaces);
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size() && i < actual.size(); i++) {
                countSpaces(expected.get(i), actual.get(i), spaces);
            }
        } else if (expected.isTextual() && actual.isTextual()) {
            String e = expected.asText();
            String a = actual.asText();
            if (!e.replaceAll("\\s+", "").equals(a.replaceAll("\\s+", ""))) {
                return;
            }
            boolean[] inE = spaceBefore(e);
            boolean[] inA = spaceBefore(a);
            for (int i = 0; i < inE.length; i++) {
                spaces[0] += inA[i] && !inE[i] ? 1 : 0;
                spaces[1] += inE[i] && !inA[i] ? 1 : 0;
            }
        }
    }

    /** For every non-space character, whether a space (not a line break) stands before it. */
    private static boolean[] spaceBefore(String s) {
        String letters = s.replaceAll("\\s+", "");
        boolean[] out = new boolean[letters.length()];
        int k = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u00a0') {
                space = k > 0;
            } else if (Character.isWhitespace(c)) {
                space = false;
            } else {
                out[k++] = space;
                space = false;
            }
        }
        return out;
    }
}
