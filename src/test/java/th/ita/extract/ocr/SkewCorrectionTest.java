package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page is turned exactly as Java2D turns it, the drawing the scans were measured with. */
class SkewCorrectionTest {

    private static final Path GREY_SCAN = Path.of("sample-input/000_2065e0d738ff9e85-scanned.pdf");
    private static final Path BILEVEL_SCAN = Path.of("sample-input/000_2065e0d738ff9e85-scanned.tiff");

    @ParameterizedTest
    @CsvSource({"1, 1.09", "1, -0.94", "4, 0.05", "4, -3.97", "2, 2.5", "9, -0.61"})
    void aGreyPageIsTurnedPixelForPixelAsJava2dTurnsIt(int page, double degrees) throws IOException {
        GrayImage scan = page(GREY_SCAN, page);
        assertThat(SkewCorrection.rotate(scan, degrees).pixels()).isEqualTo(java2d(scan, degrees).pixels());
    }

    @ParameterizedTest
    @CsvSource({"1, 1.3", "3, -2.8", "5, 0.07"})
    void aBilevelPageIsTurnedPixelForPixelAsJava2dTurnsIt(int page, double degrees) throws IOException {
        GrayImage scan = page(BILEVEL_SCAN, page);
        assertThat(SkewCorrection.rotate(scan, degrees).pixels()).isEqualTo(java2d(scan, degrees).pixels());
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 0.5", "2, 3, -1.0", "7, 5, 3.0", "64, 33, -2.2", "33, 64, 0.9"})
    void smallAndOddSizedImagesAreTurnedAsJava2dTurnsThem(int width, int height, double degrees) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Random random = new java.util.Random(width * 31L + height);
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        random.nextBytes(pixels);
        GrayImage scan = new GrayImage(image);
        assertThat(SkewCorrection.rotate(scan, degrees).pixels()).isEqualTo(java2d(scan, degrees).pixels());
    }

    private static GrayImage page(Path file, int number) throws IOException {
        try (PageImages pages = file.toString().endsWith(".pdf") ? new PdfPages(file, 200) : new ImageFilePages(file, 200)) {
            return pages.render(number);
        }
    }

    /** How pages were turned before: Java2D's bilinear rotation onto a white canvas. */
    private static GrayImage java2d(GrayImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), page.width() / 2.0, page.height() / 2.0);
            g.drawImage(page.image(), 0, 0, null);
        } finally {
            g.dispose();
        }
        return new GrayImage(out);
    }
}
