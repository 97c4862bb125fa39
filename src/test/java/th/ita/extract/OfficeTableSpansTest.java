package th.ita.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class OfficeTableSpansTest {

    private static final Path WORD = Path.of("src/test/resources/office-merged/merged-word.docx");
    private static final Path GOOGLE_DOCS = Path.of("src/test/resources/office-merged/merged-gdocs.docx");

    private final OfficeTableSpans spans = new OfficeTableSpans();
    private final DocxTableModel docx = new DocxTableModel();

    @Test
    void wordAndGoogleDocsMergesReadAsTheSameTableModel() throws Exception {
        List<OfficeTableSpans.Table> word = docx.read(WORD);
        assertThat(word).hasSize(2);
        assertThat(word.get(0).shape()).containsExactly(6, 1, 6, 6, 5, 6, 1, 6);
        assertThat(word.get(0).rows().get(1).get(0).gridSpan()).isEqualTo(6);
        assertThat(word.get(0).rows().get(2).get(2).merge()).isEqualTo(OfficeTableSpans.Merge.RESTART);
        assertThat(word.get(0).rowspan(2, 2)).isEqualTo(2);
        assertThat(word.get(0).rows().get(3).get(2).merge()).isEqualTo(OfficeTableSpans.Merge.CONTINUE);
        assertThat(docx.read(GOOGLE_DOCS)).isEqualTo(word);
    }

    @Test
    void spansAreWrittenIntoTikasTablesAndCoveredCellsLeftOut() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><table><tbody>"
                + "<tr><td>a</td><td>b</td><td>c</td></tr>"
                + "<tr><td>d</td><td>e</td></tr>"
                + "<tr><td>f</td><td>g</td><td/></tr></tbody></table></body></html>";
        // the fixture's tables have other shapes: nothing matches, nothing changes
        assertThat(spans.addSpans(docx.read(WORD), xhtml)).doesNotContain("colspan").doesNotContain("rowspan");
    }

    @Test
    void aDocxWithoutMergesKeepsTikasXhtmlAsItIs() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>";
        assertThat(spans.addSpans(docx.read(Path.of("src/test/resources/variants/003-docx-pandoc-laksaman-none-normal-port-lists.docx")),
                xhtml)).isSameAs(xhtml);
    }

    @Test
    void aDocGivesTheSameMergesAsTheDocxItWasSavedFrom() throws Exception {
        List<OfficeTableSpans.Table> doc = new DocTableModel().read(Path.of("src/test/resources/office-merged/merged.doc"));
        assertThat(doc).hasSize(2);
        assertThat(doc.get(0).shape()).isEqualTo(docx.read(WORD).get(0).shape());
        assertThat(doc.get(0).rows().get(1).get(0).gridSpan()).isEqualTo(6);
        assertThat(doc.get(0).rowspan(2, 2)).isEqualTo(2);
        assertThat(doc.get(1).rowspan(1, 0)).isEqualTo(2);
    }
}
