package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.extract.PdfLayoutReader;
import th.ita.normalize.ThaiTextNormalizer;

/**
 * A table whose narrow columns wrap words letter by letter, numbers and Latin codes mid-word, exported to PDF by
 * LibreOffice ({@code scripts/make-narrow-cells.sh}): its cells come back letter for letter in their rows, the row
 * a page break cut whole again, and a line broken inside a word joins without a space. (LibreOffice writes no
 * space glyph at some line ends that had a space, so "ตัวชี้วัดที่ / 8" still loses its space.)
 */
class NarrowCellsPdfTest {

    private static final Path FIXTURE = Path.of("src/test/resources/layout");

    @Test
    void narrowCellsComeBackWithTheSpacesTheSourceHadAndNoOthers() throws IOException {
        ThaiTextNormalizer normalizer = new ThaiTextNormalizer();
        List<Block> blocks = new LayoutFlowReader(normalizer::normalize)
                .read(new PdfLayoutReader().read(FIXTURE.resolve("narrow-cells.pdf")), new ProblemLog());
        List<List<String>> read = blocks.stream().filter(Block.Table.class::isInstance)
                .flatMap(b -> ((Block.Table) b).rows().stream()).toList();
        List<List<String>> written = Files.readAllLines(FIXTURE.resolve("narrow-cells.tsv"), StandardCharsets.UTF_8)
                .stream().map(line -> Arrays.stream(line.split("\t")).map(normalizer::normalize).toList()).toList();

        // every letter comes back in its cell and row, the row the page break cut whole again
        assertThat(squeezed(read)).isEqualTo(squeezed(written));
        // a word and a year wrapped mid-word join without a space; the spaces between them stay
        assertThat(read.get(1).get(3)).isEqualTo(written.get(1).get(3));
        assertThat(read.get(2).get(3)).isEqualTo(written.get(2).get(3));
        assertThat(read.get(1).get(1)).contains("การปรับปรุงระบบ");
    }

    private static List<List<String>> squeezed(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(c -> c.replaceAll("\\s+", "")).toList()).toList();
    }
}
