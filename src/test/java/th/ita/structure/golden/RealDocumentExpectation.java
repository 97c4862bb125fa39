package th.ita.structure.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a person read off one real document by hand ({@code src/test/resources/real-docs/expected/*.json}).
 * An absent organisation or fiscal year means the document names none, so the product must find none.
 *
 * @param file            the document under {@code real-docs/}
 * @param ocr             true for a scan that needs Tesseract
 * @param negative        a document with no unit table (memo, announcement, form, manual): it must yield no unit
 * @param documentKind    what the document is, as the report's key ({@code memo}, {@code results-report}…)
 * @param organization    who wrote it
 * @param fiscalYear      the fiscal year or range it is about
 * @param assessmentItems codes of the assessment items the text says it is evidence for
 * @param units           the table rows that must come out as units, each with short distinctive text of its
 *                        title and of other cells
 * @param alsoAcceptable  rows a reader may fairly take as units too, counted neither as missed nor as wrong
 * @param note            what the document is, in a sentence
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RealDocumentExpectation(String file, boolean ocr, boolean negative, String documentKind,
        Optional<ExpectedOrganization> organization, Optional<YearRange> fiscalYear, List<String> assessmentItems,
        List<ExpectedUnit> units, List<ExpectedUnit> alsoAcceptable, String note) {

    static final Path FOLDER = Path.of("src/test/resources/real-docs");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExpectedOrganization(String name, Optional<String> kind, Optional<String> district, Optional<String> province) {
    }

    record YearRange(int from, int to) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExpectedUnit(Optional<String> kind, String title, List<String> cells) {
    }

    Path path() {
        return FOLDER.resolve(file);
    }

    @Override
    public String toString() {
        return file;
    }

    static List<RealDocumentExpectation> all() throws IOException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        try (Stream<Path> files = Files.list(FOLDER.resolve("expected"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> {
                try {
                    return json.readValue(f.toFile(), RealDocumentExpectation.class);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + f, e);
                }
            }).toList();
        }
    }
}
