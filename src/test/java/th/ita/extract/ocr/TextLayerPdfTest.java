package th.ita.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import th.ita.extract.PageLayout;
import th.ita.extract.PdfLayoutReader;

/**
 * The text-layer check on real PDFs, both ways: a scanner's hidden layer of nonsense is sent to OCR, while Word and
 * LibreOffice exports, defective Thai included, keep their text.
 */
class TextLayerPdfTest {

    private final TextLayerCheck check = new TextLayerCheck();

    @Test
    void aScanWithAHiddenLayerOfNonsenseIsJunk() throws IOException {
        List<PageLayout> pages = new PdfLayoutReader().read(Path.of("src/test/resources/ocr/ktltc-o20-p3-hidden-nonsense-layer.pdf"));
        assertThat(pages).isNotEmpty().allSatisfy(p -> assertThat(check.read(p).verdict()).isEqualTo(TextLayerCheck.Verdict.JUNK));
    }

    @Test
    void realTextPdfsKeepTheirTextLayer() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/test/resources/real-docs")),
                Stream.of(Path.of("src/test/resources/golden/seed000/report.pdf"), Path.of("src/test/resources/golden/seed003/report.pdf")))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).hasSizeGreaterThan(5);
        for (Path pdf : pdfs) {
            for (PageLayout page : new PdfLayoutReader().read(pdf)) {
                assertThat(check.read(page).verdict()).as(pdf.getFileName() + " page " + page.number())
                        .isNotEqualTo(TextLayerCheck.Verdict.JUNK);
            }
        }
    }
}
