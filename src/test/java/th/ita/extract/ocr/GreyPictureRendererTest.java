package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages are rendered for OCR with exactly the pixels PDFBox's own renderer gives, only sooner. */
class GreyPictureRendererTest {

    @TempDir
    Path folder;

    @Test
    void portraitAndLandscapePagesOfTheScannedSamplesRenderAsPdfBoxRendersThem() throws IOException {
        // PDFBox's own renderer is the slow path this class avoids: a few pages keep the test quick
        assertRendersAsPdfBox(Path.of("sample-input/000_2065e0d738ff9e85-scanned.pdf"), List.of(1, 3));
        assertRendersAsPdfBox(Path.of("sample-input/003_de5ae8d4d3f592eb-scanned.pdf"), List.of(1));
    }

    @Test
    void scansDrawnScaledWithAMarginOrBesideALineRenderAsPdfBoxRendersThem() throws IOException {
        Path pdf = folder.resolve("pictures.pdf");
        BufferedImage scan = new BufferedImage(500, 700, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 50; y < 650; y += 9) {
            for (int x = 40 + y % 11; x < 460; x += 2) {
                scan.getRaster().setSample(x, y, 0, (x * 7 + y) % 256);
            }
        }
        try (PDDocument document = new PDDocument()) {
            addPage(document, content -> content.drawImage(JPEGFactory.createFromImage(document, scan), 0, 0, 216, 288));
            addPage(document, content -> content.drawImage(LosslessFactory.createFromImage(document, scan), 18, 18, 150, 252));
            addPage(document, content -> {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 0, 0, 216, 288);
                content.moveTo(10, 10);
                content.lineTo(200, 10);
                content.stroke();
            });
            document.save(pdf.toFile());
        }
        assertRendersAsPdfBox(pdf, List.of(1, 2, 3));
    }

    private static void assertRendersAsPdfBox(Path pdf, List<Integer> pageNumbers) throws IOException {
        try (PdfPages pages = new PdfPages(pdf, 200); PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer plain = new PDFRenderer(document);
            for (int n : pageNumbers) {
                GrayImage ours = pages.render(n);
                GrayImage theirs = GrayImage.of(plain.renderImageWithDPI(n - 1, pages.dpi(n), ImageType.GRAY));
                String page = pdf.getFileName() + " page " + n;
                assertThat(ours.width()).as(page).isEqualTo(theirs.width());
                assertThat(ours.height()).as(page).isEqualTo(theirs.height());
                assertThat(Arrays.mismatch(ours.pixels(), theirs.pixels())).as(page + ": first differing pixel").isEqualTo(-1);
            }
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void on(PDPageContentStream content) throws IOException;
    }

    private static void addPage(PDDocument document, Drawing drawing) throws IOException {
        PDPage page = new PDPage(new PDRectangle(216, 288));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            drawing.on(content);
        }
    }
}
