package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which cells are worth reading again, on drawn 200 dpi cells: no Tesseract needed. */
class MissedCellTextTest {

    private static final int DPI = 200;

    private static GrayImage cellWith(java.util.function.Consumer<Graphics2D> drawing) {
        return DrawnImages.drawn(400, 200, drawing);
    }

    /** Strokes of a line of letters: 3 px wide, every 8 px, 30 px high. */
    private static void letters(Graphics2D g) {
        for (int x = 50; x < 250; x += 8) {
            g.fillRect(x, 60, 3, 30);
        }
    }

    private static final HocrPage NO_WORDS = new HocrPage(400, 200, List.of());

    @Test
    void aLineOfLettersNoWordBoxCoversIsUnreadText() {
        GrayImage image = cellWith(MissedCellTextTest::letters);
        assertThat(MissedCellText.hasUnreadText(NO_WORDS, image, image.inkThreshold(), 10, 10, 390, 190, DPI)).isTrue();
    }

    @Test
    void aRemnantOfABorderIsNotText() {
        GrayImage image = cellWith(g -> {
            g.fillRect(30, 10, 3, 180);
            g.fillRect(10, 150, 380, 3);
        });
        assertThat(MissedCellText.hasUnreadText(NO_WORDS, image, image.inkThreshold(), 10, 10, 390, 190, DPI)).isFalse();
    }

    @Test
    void inkUnderAWordBoxHasBeenRead() {
        GrayImage image = cellWith(MissedCellTextTest::letters);
        HocrPage read = new HocrPage(400, 200, List.of(new HocrPage.Line(50, 60, 250, 90, 20, true,
                List.of(new HocrPage.Word("ตัวชี้วัด", 50, 60, 250, 90, 90)))));
        assertThat(MissedCellText.hasUnreadText(read, image, image.inkThreshold(), 10, 10, 390, 190, DPI)).isFalse();
    }
}
