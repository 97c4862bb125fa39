package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.extract.WordBox;

/** Reads the committed hOCR of two title lines of the scanned seed 003, as Tika passes Tesseract's output on. */
class HocrReaderTest {

    private static final Path FIXTURE = Path.of("src/test/resources/ocr/003-p1-title-lines.hocr");

    private static HocrPage page() throws Exception {
        return new HocrReader().read(Files.readString(FIXTURE, StandardCharsets.UTF_8));
    }

    @Test
    void readsThePageSizeLinesAndEveryWordWithItsBoxAndConfidence() throws Exception {
        HocrPage page = page();

        assertThat(page.width()).isEqualTo(1654);
        assertThat(page.height()).isEqualTo(2339);
        assertThat(page.lines()).hasSize(2);
        assertThat(page.words()).hasSize(39);
        HocrPage.Word first = page.lines().get(0).words().get(0);
        assertThat(first).isEqualTo(new HocrPage.Word("ร", 238, 229, 255, 256, 93));
        assertThat(page.lines().get(0).xSize()).isCloseTo(57.03, within(0.01));
    }

    @Test
    void joinsTesseractsThaiPiecesIntoWordsAndKeepsTheSpaceBeforeTheYear() throws Exception {
        OcrPage ocr = new OcrPageBuilder().build(1, page(), 200, List.of());

        assertThat(ocr.layout().words()).extracting(WordBox::text)
                .containsExactly("รายงานผลการดําเนินงาน", "ประจําปีงบประมาณ", "พ.ศ.2564");
        assertThat(ocr.text()).isEqualTo("รายงานผลการดําเนินงาน\n\nประจําปีงบประมาณ พ.ศ.2564\n\n");
    }

    @Test
    void placesWordsInPointsFromTheImageResolution() throws Exception {
        OcrPage ocr = new OcrPageBuilder().build(1, page(), 200, List.of());

        WordBox title = ocr.layout().words().get(0);
        assertThat(title.x()).isCloseTo(238 * 72.0 / 200, within(0.01));
        assertThat(ocr.layout().width()).isCloseTo(595.44, within(0.01));
        assertThat(ocr.confidences()).hasSize(39).allSatisfy(c -> assertThat(c).isBetween(80.0, 100.0));
    }
}
