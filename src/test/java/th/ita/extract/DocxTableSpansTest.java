package th.ita.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocxTableSpansTest {

    private static final Path WORD = Path.of("src/test/resources/office-merged/merged-word.docx");
    private static final Path GOOGLE_DOCS = Path.of("src/test/resources/office-merged/merged-gdocs.docx");

    private final DocxTableSpans spans = new DocxTableSpans();

    @Test
    void wordAndGoogleDocsMergesReadAsTheSameTableModel() throws Exception {
        List<DocxTableSpans.Table> word = spans.read(WORD);
        assertThat(word).hasSize(2);
        assertThat(word.get(0).shape()).containsExactly(6, 1, 6, 6, 5, 6, 1, 6);
        assertThat(word.get(0).rows().get(1).get(0).gridSpan()).isEqualTo(6);
        assertThat(word.get(0).rows().get(2).get(2).merge()).isEqualTo(DocxTableSpans.Merge.RESTART);
        assertThat(word.get(0).rowspan(2, 2)).isEqualTo(2);
        assertThat(word.get(0).rows().get(3).get(2).merge()).isEqualTo(DocxTableSpans.Merge.CONTINUE);
        assertThat(spans.read(GOOGLE_DOCS)).isEqualTo(word);
    }

    @Test
    void spansAreWrittenIntoTikasTablesAndCoveredCellsLeftOut() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><table><tbody>"
                + "<tr><td>a</td><td>b</td><td>c</td></tr>"
                + "<tr><td>d</td><td>e</td></tr>"
                + "<tr><td>f</td><td>g</td><td/></tr></tbody></table></body></html>";
        Path docx = Path.of("src/test/resources/office-merged/merged-word.docx");
        // the fixture's tables have other shapes: nothing matches, nothing changes
        assertThat(spans.addSpans(docx, xhtml)).doesNotContain("colspan").doesNotContain("rowspan");
    }

    @Test
    void aDocxWithoutMergesKeepsTikasXhtmlAsItIs() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>";
        assertThat(spans.addSpans(Path.of("src/test/resources/variants/003-docx-pandoc-laksaman-none-normal-port-lists.docx"),
                xhtml)).isSameAs(xhtml);
    }
}
