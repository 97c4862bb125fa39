package th.ita.structure.golden;

import static org.assertj.core.api.Assertions.assertThat;

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
import th.ita.structure.StructuredReport;

/**
 * Seeds exported to PDF with their tables' borders off, only horizontal rules or only a frame, and with narrow
 * columns whose header words wrap letter by letter ({@code golden/<seed>/variants/}, made by
 * {@code scripts/make-layout-variants.py}), keep their field accuracy against the seed's expected.json: their tables
 * are rebuilt from word positions alone.
 */
class LayoutVariantFloorTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = ReportJson.mapper();
    private static final ReportStructurer STRUCTURER =
            new ReportStructurer(ItaCatalogue.load(), new ThaiTextNormalizer()::normalize);
    private static final GoldenDocumentReader READER = new GoldenDocumentReader();

    /** Measured: 124/124 for each seed000 variant, 103/103 for each seed003 one; floors leave two fields. */
    static Stream<Arguments> variantsAndFloors() {
        return Stream.of(
                Arguments.of("seed000", "lo-none-normal-Garuda", 122),
                Arguments.of("seed000", "lo-hrules-normal-Garuda", 122),
                Arguments.of("seed000", "lo-frame-normal-Laksaman", 122),
                Arguments.of("seed003", "lo-none-narrow-Garuda", 101),
                Arguments.of("seed003", "chrome-none-narrow-Loma", 101));
    }

    @ParameterizedTest(name = "{0} exported as {1} gets at least {2} fields right")
    @MethodSource("variantsAndFloors")
    void borderlessVariantKeepsItsFieldAccuracy(String seed, String variant, int floor) throws Exception {
        StructuredReport report = STRUCTURER.structure(
                READER.read(GOLDEN.resolve(seed).resolve("variants").resolve(variant + ".pdf")));

        FieldComparison.Result result = FieldComparison.compare(
                JSON.readTree(GOLDEN.resolve(seed).resolve("expected.json").toFile()), JSON.valueToTree(report));

        assertThat(result.right()).as("fields of %s %s right; misses: %s", seed, variant, result.misses())
                .isGreaterThanOrEqualTo(floor);
    }
}
