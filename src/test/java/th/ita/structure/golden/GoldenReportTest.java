package th.ita.structure.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.ita.model.ReportJson;

import th.ita.normalize.ThaiTextNormalizer;
import th.ita.structure.ItaCatalogue;
import th.ita.structure.ReportStructurer;
import th.ita.structure.StructuredReport;

/**
 * Each seed, in each form the product reads (the text export, and a DOCX and a PDF made from it), must give
 * the hand-checked JSON in {@code golden/<seed>/expected.json}. Writes the field-level accuracy table to
 * {@code target/golden-accuracy.md}.
 */
class GoldenReportTest {

    private static final Logger LOG = LoggerFactory.getLogger(GoldenReportTest.class);
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = ReportJson.mapper();
    private static final ReportStructurer STRUCTURER =
            new ReportStructurer(ItaCatalogue.load(), new ThaiTextNormalizer()::normalize);
    private static final GoldenDocumentReader READER = new GoldenDocumentReader();
    private static final Map<String, FieldComparison.Result> RESULTS = new ConcurrentHashMap<>();

    static Stream<Arguments> seedsAndForms() {
        return Stream.of("seed000", "seed003")
                .flatMap(seed -> Stream.of("txt", "docx", "pdf").map(form -> Arguments.of(seed, form)));
    }

    @ParameterizedTest(name = "{0} read from {1} gives the expected report")
    @MethodSource("seedsAndForms")
    void seedReadFromEachFormGivesTheExpectedReport(String seed, String form) throws Exception {
        StructuredReport report = STRUCTURER.structure(READER.read(GOLDEN.resolve(seed).resolve("report." + form)));
        JsonNode actual = JSON.valueToTree(report);
        Path out = Path.of("target/golden-actual", seed + "-" + form + ".json");
        Files.createDirectories(out.getParent());
        JSON.writeValue(out.toFile(), report);

        FieldComparison.Result result = FieldComparison.compare(
                JSON.readTree(GOLDEN.resolve(seed).resolve("expected.json").toFile()), actual);
        RESULTS.put(seed + " " + form, result);

        assertThat(result.misses()).as("fields of %s (%s) that differ from expected.json", seed, form).isEmpty();
    }

    @AfterAll
    static void writeAccuracyTable() throws IOException {
        StringBuilder table = new StringBuilder("| seed | form | fields right / expected | misses |\n|---|---|---|---|\n");
        new TreeMap<>(RESULTS).forEach((key, r) -> {
            String[] k = key.split(" ");
            table.append("| ").append(k[0]).append(" | ").append(k[1]).append(" | ").append(r.ratio()).append(" | ")
                    .append(String.join("; ", r.misses().stream().map(m -> m.path() + ": expected [" + m.expected()
                            + "] got [" + m.actual() + "]").toList()).replace("|", "\\|")).append(" |\n");
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/golden-accuracy.md"), table, StandardCharsets.UTF_8);
        LOG.info("golden accuracy per seed and form:\n{}", table);
    }
}
