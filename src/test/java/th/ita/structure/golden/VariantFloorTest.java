package th.ita.structure.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.model.ReportJson;
import th.ita.normalize.ThaiTextNormalizer;
import th.ita.structure.ItaCatalogue;
import th.ita.structure.ReportStructurer;
import th.ita.structure.StructureInput;
import th.ita.structure.StructuredReport;

/**
 * A fast slice of the variant matrix ({@link VariantMatrixBenchmark}): a few small forms of the seeds (office files
 * and text-layer PDFs whose tables have few or no rulings) made by
 * {@code scripts/make-variants.sh} and committed under {@code variants/}, with the field accuracy each must keep
 * listed in {@code variants/floors.tsv}. Office and PDF files go through the extractor; scans are their committed
 * OCR layouts, so Tesseract does not run here.
 */
class VariantFloorTest {

    private static final Path VARIANTS = Path.of("src/test/resources/variants");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = ReportJson.mapper();
    private static final ThaiTextNormalizer NORMALIZER = new ThaiTextNormalizer();
    private static final ReportStructurer STRUCTURER = new ReportStructurer(ItaCatalogue.load(), NORMALIZER::normalize);
    private static final GoldenDocumentReader READER = new GoldenDocumentReader();

    static Stream<Arguments> floors() throws IOException {
        return Files.readAllLines(VARIANTS.resolve("floors.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(cells -> Arguments.of(cells[0], Double.parseDouble(cells[1])));
    }

    @ParameterizedTest(name = "{0} keeps field accuracy {1}")
    @MethodSource("floors")
    void variantKeepsItsFloor(String file, double floor) throws Exception {
        Path path = VARIANTS.resolve(file);
        StructureInput input = file.endsWith(".ocr.json")
                ? ScannedLayoutFixture.read(path).input(NORMALIZER::normalize)
                : READER.read(path);
        StructuredReport report = STRUCTURER.structure(input);
        String seed = "seed" + file.substring(0, 3);
        FieldComparison.Result result = FieldComparison.compare(
                JSON.readTree(GOLDEN.resolve(seed).resolve("expected.json").toFile()), JSON.valueToTree(report));

        assertThat((double) result.right() / result.expected())
                .as("field accuracy of %s; misses: %s", file, result.misses())
                .isGreaterThanOrEqualTo(floor);
    }
}
