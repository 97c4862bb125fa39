package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.extract.RulingLine;
import th.ita.extract.RulingRows;
import th.ita.extract.WordBox;

class OpenEndedRowsTest {

    private static final double[] COLUMNS = {63, 132, 209, 355, 549};

    /** Each cell's top border and sides, as a browser draws a row: no line under it. */
    private static List<RulingLine> rowOfCells(double top, double bottom) {
        List<RulingLine> lines = new ArrayList<>();
        for (int c = 0; c + 1 < COLUMNS.length; c++) {
            lines.add(new RulingLine(COLUMNS[c], top, COLUMNS[c + 1], top));
        }
        for (double x : COLUMNS) {
            lines.add(new RulingLine(x, top, x, bottom));
        }
        return lines;
    }

    private static void underline(List<RulingLine> lines, double y) {
        lines.add(new RulingLine(COLUMNS[0], y, COLUMNS[COLUMNS.length - 1], y));
    }

    @Test
    void aRowThePageFootCutRunsFromItsTopLineToWhereItsSidesEnd() {
        List<RulingLine> lines = new ArrayList<>(rowOfCells(494, 520));
        lines.addAll(rowOfCells(520, 726));
        lines.addAll(rowOfCells(726, 951));

        List<RulingRows> rows = OpenEndedRows.of(lines, List.of());

        assertThat(rows).extracting(RulingRows::top).containsExactly(494.0, 520.0, 726.0);
        assertThat(rows.get(2).bottom()).isEqualTo(951.0);
        assertThat(rows.get(2).xs()).hasSize(COLUMNS.length);
    }

    @Test
    void verticalsEndingAboveTextAreATableWhoseBottomLineWasLost() {
        List<RulingLine> lines = new ArrayList<>(rowOfCells(494, 520));
        lines.addAll(rowOfCells(520, 726));
        List<WordBox> after = List.of(new WordBox("๒. ด้านการเปิดเผยข้อมูล การตรวจสอบ", 63, 760, 300, 14, 100));

        assertThat(OpenEndedRows.of(lines, after)).isEqualTo(RulingRows.of(lines));
    }

    @Test
    void aTableClosedByALineGetsNoExtraRow() {
        List<RulingLine> lines = new ArrayList<>(rowOfCells(494, 520));
        lines.addAll(rowOfCells(520, 726));
        underline(lines, 726);

        assertThat(OpenEndedRows.of(lines, List.of())).isEqualTo(RulingRows.of(lines));
    }

    @Test
    void verticalsDrawnAsOneLineDownAWholeTableAddNoRowBelowItsLastLine() {
        List<RulingLine> lines = new ArrayList<>();
        for (double y : new double[] {100, 130, 160}) {
            underline(lines, y);
        }
        for (double x : COLUMNS) {
            lines.add(new RulingLine(x, 100, x, 160));
        }

        assertThat(OpenEndedRows.of(lines, List.of())).isEqualTo(RulingRows.of(lines));
    }
}
