package th.ita.structure.golden;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
 * Field accuracy of every layout variant under {@code -Dita.variants=DIR} (default {@code target/layout-variants},
 * scans among them OCR'd once and cached,
 * as written by {@code scripts/make-layout-variants.py DIR}: {@code DIR/<seed>/<variant>.pdf}, or a committed OCR
 * layout {@code <variant>.ocr.json}), against the seed's expected.json, with the spaces the reading inserted into
 * or lost from the expected strings (compared letter by letter, whitespace aside). Writes
 * {@code target/layout-variants.md}.
 * Run: {@code mvn -o test -Dtest=LayoutVariantRun -Dtest.excludedGroups=none -Dita.variants=/tmp/lv}
 */
@Tag("benchmark")
class LayoutVariantRun {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutVariantRun.class);
    private static final ObjectMapper JSON = ReportJson.mapper();

    @Test
    void measureEveryVariant() throws Exception {
        Path dir = Path.of(System.getProperty("ita.variants", "target/layout-variants"));
        ThaiTextNormalizer normalizer = new ThaiTextNormalizer();
        ReportStructurer structurer = new ReportStructurer(ItaCatalogue.load(), normalizer::normalize);
        GoldenDocumentReader reader = new GoldenDocumentReader();
        StringBuilder md = new StringBuilder("| seed | variant | fields | spaces inserted | spaces lost |\n|---|---|---|---|---|\n");
        StringBuilder misses = new StringBuilder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".tiff")
                    || p.toString().endsWith(".ocr.json")).sorted().toList();
        }
        for (Path file : files) {
            String seed = file.getParent().getFileName().toString();
            String name = file.getFileName().toString();
            StructureInput input = name.endsWith(".json") ? ScannedLayoutFixture.read(file).input(normalizer::normalize)
                    : name.endsWith(".tiff") || name.contains("scan") ? scanned(file).input(normalizer::normalize)
                    : reader.read(file);
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

    /** A scan OCR'd once (cached); its layout is also written beside it to be committed as a fixture if wanted. */
    private static ScannedLayoutFixture scanned(Path scan) throws java.io.IOException {
        ScannedLayoutFixture ocr = ScannedSeedLayouts.ocrOnce(scan);
        ocr.write(Path.of("target/layout-variants", scan.getFileName() + ".ocr.json"));
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
