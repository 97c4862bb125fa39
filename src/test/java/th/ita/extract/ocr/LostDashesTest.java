package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import th.ita.extract.RulingLine;

/**
 * Dashes left unread in a narrow cell, on drawn 300 dpi cells measured as on the Laksaman scans (x_size 69 px,
 * hyphen 15 x 3 px, en dash 28 x 3 px): no Tesseract needed.
 */
class LostDashesTest {

    private static final int DPI = 300;
    private static final double X_SIZE = 69;

    /** A cell of two read lines, "๒๕๖๔" at 100-130 px and "กันยายน" at 200-230 px. */
    private static final HocrPage TWO_LINES = new HocrPage(400, 400, List.of(
            line("๒๕๖๔", 60, 100, 160, 130),
            line("กันยายน", 60, 200, 200, 230)));

    private static HocrPage.Line line(String text, int left, int top, int right, int bottom) {
        return new HocrPage.Line(left, top, right, bottom, X_SIZE, false,
                List.of(new HocrPage.Word(text, left, top, right, bottom, 95)), bottom, 0);
    }

    /** The two read lines' ink, with what the drawing puts between them. */
    private static GrayImage cellWith(Consumer<Graphics2D> between) {
        return DrawnImages.drawn(400, 400, g -> {
            g.fillRect(60, 100, 100, 30);
            g.fillRect(60, 200, 140, 30);
            between.accept(g);
        });
    }

    private static List<String> dashesFound(Consumer<Graphics2D> between) {
        GrayImage image = cellWith(between);
        return LostDashes.barsIn(TWO_LINES, image, image.inkThreshold(), 20, 20, 380, 380, DPI,
                new LostDashes.DashWidths(X_SIZE, 0)).stream()
                .map(LostDashes.Bar::dash).toList();
    }

    @Test
    void aBarTwiceAsWideAsAHyphenIsAnEnDash() {
        assertThat(dashesFound(g -> g.fillRect(62, 163, 28, 3))).containsExactly("–");
    }

    @Test
    void aBarAQuarterOfAnEmWideIsAHyphen() {
        assertThat(dashesFound(g -> g.fillRect(62, 163, 15, 3))).containsExactly("-");
    }

    @Test
    void aDashNoWiderThanThePagesListMarkersIsAHyphen() {
        LostDashes.DashWidths purisa = new LostDashes.DashWidths(X_SIZE, 30);
        assertThat(purisa.dashOf(28)).isEqualTo("-");
        assertThat(new LostDashes.DashWidths(X_SIZE, 15).dashOf(28)).isEqualTo("–");
    }

    @Test
    void aSpeckOrARuleIsNoDash() {
        assertThat(dashesFound(g -> g.fillRect(62, 163, 4, 4))).isEmpty();
        assertThat(dashesFound(g -> g.fillRect(30, 163, 340, 3))).isEmpty();
    }

    @Test
    void aBarWithUnreadInkRightAboveItIsNoDash() {
        assertThat(dashesFound(g -> {
            g.fillRect(62, 150, 20, 6);
            g.fillRect(62, 163, 28, 3);
        })).isEmpty();
    }

    @Test
    void theDashIsReadBetweenTheLinesAboveAndBelowIt() {
        GrayImage image = cellWith(g -> g.fillRect(62, 163, 28, 3));
        // the cell as a ruled table cell: borders at 0 and 400 px, i.e. 0 and 96 pt at 300 dpi
        List<RulingLine> borders = List.of(new RulingLine(0, 0, 96, 0), new RulingLine(0, 96, 96, 96),
                new RulingLine(0, 0, 0, 96), new RulingLine(96, 0, 96, 96));
        HocrPage completed = LostDashes.added(TWO_LINES, image, CellPixels.of(borders, DPI), image.inkThreshold(), DPI);
        assertThat(completed.lines()).extracting(l -> l.words().get(0).text()).containsExactly("๒๕๖๔", "–", "กันยายน");
    }
}
