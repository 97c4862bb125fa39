package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.ita.extract.PageLayout;
import th.ita.extract.PdfLayoutReader;
import th.ita.extract.RulingRows;

/**
 * Table borders found on a scanned page match the borders the text PDF draws, in points, whatever the scan's
 * resolution: the seed report's measure table rendered at each resolution a scan is read at.
 */
class RulingLineDetectorTest {

    private static final Path PDF = Path.of("src/test/resources/golden/seed000/report.pdf");
    /** A landscape page of the measure table with four ruled rows. */
    private static final int PAGE = 4;
    private static List<RulingRows> drawn;
    /**
     * The sample scan as a grey PDF and as a bilevel TIFF, whose thresholding left its borders dotted: faint rows of
     * dots, the top border of some tables dotted above a solid header rule, stretches of a column with no dots at all.
     */
    private static final Path GREY_SCAN = Path.of("sample-input/000_2065e0d738ff9e85-scanned.pdf");
    private static final Path BILEVEL_SCAN = Path.of("sample-input/000_2065e0d738ff9e85-scanned.tiff");

    private final RulingLineDetector detector = new RulingLineDetector();

    @BeforeAll
    static void readTheDrawnBorders() throws IOException {
        PageLayout page = new PdfLayoutReader().read(PDF).get(PAGE - 1);
        drawn = RulingRows.of(page.rulingLines());
        assertThat(drawn).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 300, 400})
    void aGreyScanGivesTheDrawnRowsAtAnyResolution(int dpi) throws IOException {
        GrayImage scan = render(dpi);
        assertSameRows(RulingRows.of(detector.detect(scan, dpi, scan.bilevel())));
    }

    private static void assertSameRows(List<RulingRows> found) {
        assertThat(found).hasSameSizeAs(drawn);
        for (int i = 0; i < drawn.size(); i++) {
            assertThat(found.get(i).top()).isCloseTo(drawn.get(i).top(), within(3.0));
            assertThat(found.get(i).xs()).hasSameSizeAs(drawn.get(i).xs());
        }
    }

    private static GrayImage render(int dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.toFile())) {
            return GrayImage.of(new PDFRenderer(document).renderImageWithDPI(PAGE - 1, dpi, ImageType.GRAY));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6, 7, 8, 9})
    void aBilevelScanWhoseBordersCameOutDottedGivesTheRowsOfItsGreyScan(int page) throws IOException {
        List<RulingRows> grey;
        try (PdfPages pages = new PdfPages(GREY_SCAN, 200)) {
            grey = rowsOf(pages.render(page), pages.dpi(page));
        }
        List<RulingRows> bilevel;
        try (ImageFilePages pages = new ImageFilePages(BILEVEL_SCAN, 200)) {
            bilevel = rowsOf(pages.render(page), pages.dpi(page));
        }
        assertThat(bilevel).hasSameSizeAs(grey).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < grey.size(); i++) {
            assertThat(bilevel.get(i).top()).isCloseTo(grey.get(i).top(), within(3.0));
            assertThat(bilevel.get(i).xs()).hasSameSizeAs(grey.get(i).xs());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aBilevelPageOfTextWithoutATableGivesNoBorders(int page) throws IOException {
        try (ImageFilePages pages = new ImageFilePages(BILEVEL_SCAN, 200)) {
            assertThat(rowsOf(pages.render(page), pages.dpi(page))).isEmpty();
        }
    }

    private List<RulingRows> rowsOf(GrayImage scan, int dpi) {
        GrayImage straight = new SkewCorrection().straighten(scan).image();
        return RulingRows.of(detector.detect(straight, dpi, scan.bilevel()));
    }
}
