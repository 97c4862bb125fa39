package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scanned page is read at its own resolution, within what OCR reads well, whatever the file says or omits. */
class ScanResolutionTest {

    /** A small page (3 x 4 inches) keeps the images small. */
    private static final float WIDTH = 216;
    private static final float HEIGHT = 288;

    @TempDir
    Path folder;

    @Test
    void aPdfScanIsRenderedAtTheResolutionOfItsPicture() throws IOException {
        Path pdf = folder.resolve("scans.pdf");
        try (PDDocument document = new PDDocument()) {
            addScan(document, 300, false);   // a 300 dpi scan
            addScan(document, 250, true);    // drawn into a page with a margin: still 250 dpi
            addScan(document, 600, false);   // finer than OCR needs: reduced
            addScan(document, 100, false);   // coarser than Thai marks survive: enlarged
            document.addPage(new PDPage(new PDRectangle(WIDTH, HEIGHT)));  // no picture: the configured default
            document.save(pdf.toFile());
        }
        try (PdfPages pages = new PdfPages(pdf, 222)) {
            assertThat(pages.dpi(1)).isEqualTo(300);
            assertThat(pages.dpi(2)).isEqualTo(250);
            assertThat(pages.dpi(3)).isEqualTo(OcrResolution.MAX_DPI);
            assertThat(pages.dpi(4)).isEqualTo(OcrResolution.MIN_DPI);
            assertThat(pages.dpi(5)).isEqualTo(222);
            GrayImage rendered = pages.render(1);
            // PDFBox rounds the page's pixel size down
            assertThat(rendered.width()).isBetween(3 * 300 - 1, 3 * 300);
            assertThat(rendered.height()).isBetween(4 * 300 - 1, 4 * 300);
        }
    }

    @Test
    void anImageWithoutAStatedResolutionIsReadAtTheOneItsSizeImplies() throws IOException {
        // an A4 page at 300 dpi, saved as PNG without a pHYs chunk
        Path png = folder.resolve("a4-300.png");
        ImageIO.write(new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        try (ImageFilePages pages = new ImageFilePages(png, 200)) {
            assertThat(pages.dpi(1)).isEqualTo(300);
            assertThat(pages.render(1).width()).isEqualTo(2480);
        }
        // the same page at 400 dpi is reduced to the finest resolution OCR is run at
        Path fine = folder.resolve("a4-400.png");
        ImageIO.write(new BufferedImage(3307, 4677, BufferedImage.TYPE_BYTE_GRAY), "png", fine.toFile());
        try (ImageFilePages pages = new ImageFilePages(fine, 200)) {
            assertThat(pages.dpi(1)).isEqualTo(OcrResolution.MAX_DPI);
            assertThat(pages.render(1).height()).isEqualTo(3508);
        }
    }

    @Test
    void aTiffWhoseDateFieldTheJdksReaderRejectsStillGivesItsStatedResolution() throws IOException {
        // 8 x 8 grey pixels stated as 300 dpi, with a DateTime field 6 bytes long instead of 20: the JDK's reader
        // states no resolution for it; its size implies none, so only the stated one gives 300
        Path tiff = folder.resolve("bad-date.tiff");
        java.nio.file.Files.write(tiff, tiffWithShortDate(8, 300));
        try (ImageFilePages pages = new ImageFilePages(tiff, 222)) {
            assertThat(pages.dpi(1)).isEqualTo(300);
        }
    }

    /** A little-endian, uncompressed, one-strip grey TIFF; the IFD's entries in tag order, values after it. */
    private static byte[] tiffWithShortDate(int side, int dpi) {
        int entries = 13;
        int valuesAt = 8 + 2 + entries * 12 + 4;
        int dateAt = valuesAt + 16;
        int pixelsAt = dateAt + 8;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(pixelsAt + side * side).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries);
        int[][] fields = {{256, 3, 1, side}, {257, 3, 1, side}, {258, 3, 1, 8}, {259, 3, 1, 1}, {262, 3, 1, 1},
                {273, 4, 1, pixelsAt}, {277, 3, 1, 1}, {278, 3, 1, side}, {279, 4, 1, side * side},
                {282, 5, 1, valuesAt}, {283, 5, 1, valuesAt + 8}, {296, 3, 1, 2}, {306, 2, 6, dateAt}};
        for (int[] f : fields) {
            b.putShort((short) f[0]).putShort((short) f[1]).putInt(f[2]);
            if (f[1] == 3) {
                b.putShort((short) f[3]).putShort((short) 0);
            } else {
                b.putInt(f[3]);
            }
        }
        b.putInt(0).putInt(dpi).putInt(1).putInt(dpi).putInt(1);
        b.put("2026:".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put((byte) 0).putShort((short) 0);
        for (int i = 0; i < side * side; i++) {
            b.put((byte) 0xFF);
        }
        return b.array();
    }

    private static void addScan(PDDocument document, int dpi, boolean margin) throws IOException {
        PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
        document.addPage(page);
        float inset = margin ? 36 : 0;
        float width = WIDTH - 2 * inset;
        float height = HEIGHT - 2 * inset;
        BufferedImage scan = new BufferedImage(Math.round(width / 72 * dpi), Math.round(height / 72 * dpi),
                BufferedImage.TYPE_BYTE_GRAY);
        PDImageXObject image = LosslessFactory.createFromImage(document, scan);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, inset, inset, width, height);
        }
    }
}
