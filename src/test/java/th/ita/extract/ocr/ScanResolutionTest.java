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
