package th.ita.structure.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.structure.ReportStructurer;
import th.ita.structure.StructuredReport;

/**
 * One report whose tables merge cells (a heading row across the table, an office and a period merged down over two
 * measures, a measure written over two rows, a result merged across two columns, indicator forms merged down), as
 * Word, Google Docs and LibreOffice write it ({@code scripts/make-merged-tables.py}): every form gives the measures,
 * indicators and sections of its text form.
 */
class MergedOfficeTablesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/office-merged");

    private final GoldenDocumentReader reader = new GoldenDocumentReader();
    private final ReportStructurer structurer = new ReportStructurer();

    private StructuredReport structure(String name) {
        return structurer.structure(reader.read(FIXTURES.resolve(name)));
    }

    @Test
    void theTextFormReadsEveryMergedRowAsItsOwnUnit() {
        StructuredReport text = structure("merged.txt");
        assertThat(text.sections()).extracting(s -> s.number()).containsExactly("1", "2");
        assertThat(text.measures()).extracting(Measure::code).containsExactly("1.1", "1.2", "1.3", "2.1");
        assertThat(text.measures().get(1).responsible()).containsExactly("สำนักปลัด");
        assertThat(text.measures().get(2).methods()).hasSize(2);
        assertThat(text.indicators()).extracting(Indicator::number).containsExactly(1, 2, 6, 7, 9);
        assertThat(text.indicators()).extracting(Indicator::form).containsExactly("IIT", "IIT", "EIT", "EIT", "OIT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"merged-word.docx", "merged-gdocs.docx", "merged.odt", "merged.doc"})
    void anOfficeFormGivesTheRowsOfTheTextForm(String file) {
        StructuredReport text = structure("merged.txt");
        StructuredReport office = structure(file);
        assertThat(office.sections()).isEqualTo(text.sections());
        assertThat(office.measures()).isEqualTo(text.measures());
        assertThat(office.indicators()).isEqualTo(text.indicators());
    }

    @Test
    void mergedCellsLeaveNoProblemBehind() {
        for (String file : List.of("merged-word.docx", "merged-gdocs.docx", "merged.odt", "merged.doc")) {
            assertThat(structure(file).problems()).extracting(p -> p.code())
                    .doesNotContain("MEASURE_WITHOUT_CODE", "ROW_NOT_PLACED", "MERGED_CELLS_UNREADABLE");
        }
    }
}
