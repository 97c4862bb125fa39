package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bilevel scan unpacked to grey is, pixel for pixel, what Java2D draws of it on a white grey canvas. */
class BilevelPictureTest {

    private static final Path BILEVEL_SCAN = Path.of("sample-input/000_2065e0d738ff9e85-scanned.tiff");

    @Test
    void everyPageOfTheSampleG4TiffIsUnpackedAsJava2dDrawsIt() throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(BILEVEL_SCAN.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            reader.setInput(input, false, true); // as ImageFilePages reads it
            int pages = reader.getNumImages(true);
            assertThat(pages).isGreaterThan(1);
            for (int page = 0; page < pages; page++) {
                BufferedImage scan = reader.read(page);
                assertThat(scan.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
                assertThat(pixels(GrayImage.of(scan).image())).isEqualTo(pixels(java2d(scan)));
            }
            reader.dispose();
        }
    }

    @ParameterizedTest
    @CsvSource({"0x000000, 0xFFFFFF", "0xFFFFFF, 0x000000", "0x336699, 0xEEDDCC", "0x808080, 0x808080"})
    void anyTwoColourPaletteAndAnyWidthGiveJava2dsGreys(int first, int second) {
        for (int width : new int[] {1, 7, 8, 9, 63, 64, 65, 1001}) {
            IndexColorModel palette = new IndexColorModel(1, 2, new byte[] {(byte) (first >> 16), (byte) (second >> 16)},
                    new byte[] {(byte) (first >> 8), (byte) (second >> 8)}, new byte[] {(byte) first, (byte) second});
            BufferedImage scan = new BufferedImage(width, 5, BufferedImage.TYPE_BYTE_BINARY, palette);
            new Random(width).nextBytes(((DataBufferByte) scan.getRaster().getDataBuffer()).getData());
            assertThat(pixels(GrayImage.of(scan).image())).isEqualTo(pixels(java2d(scan)));
        }
    }

    @Test
    void aTranslucentPaletteEntryIsTheWhiteCanvasShowingThrough() {
        IndexColorModel palette = new IndexColorModel(1, 2, new byte[] {0, (byte) 200}, new byte[] {0, 50},
                new byte[] {0, 100}, new byte[] {(byte) 255, (byte) 90});
        BufferedImage scan = new BufferedImage(33, 4, BufferedImage.TYPE_BYTE_BINARY, palette);
        new Random(3).nextBytes(((DataBufferByte) scan.getRaster().getDataBuffer()).getData());
        assertThat(pixels(GrayImage.of(scan).image())).isEqualTo(pixels(java2d(scan)));
    }

    private static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** How bilevel scans were turned grey before: drawn by Java2D onto a white grey canvas. */
    private static BufferedImage java2d(BufferedImage source) {
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }
}
