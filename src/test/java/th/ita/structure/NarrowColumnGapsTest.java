package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.extract.WordBox;

/**
 * Under the wide gap between the header cells วิธีการดำเนินการ and ผู้รับผิดชอบ, an OCR'd body whose longest method
 * line ends a hair before the units' hanging dashes start still parts the two columns; a header cell written as two
 * words, its body crossing the gap on every line, stays one column.
 */
class NarrowColumnGapsTest {

    private static final List<double[]> HEADER = List.of(new double[] {170, 248}, new double[] {272, 322},
            new double[] {331, 359});

    private static WordBox w(String text, double x, double y, double width) {
        return new WordBox(text, x, y, width, 20, 90);
    }

    /** Twelve lines of method, unit and period words; line {@code longLine}'s method word is {@code longWidth} wide. */
    private static List<WordBox> body(int longLine, double longWidth, double dashX, double unitX) {
        List<WordBox> body = new ArrayList<>();
        for (int line = 0; line < 12; line++) {
            double y = 300 + 24 * line;
            body.add(w("ดำเนินการ" + line, 162, y, line == longLine ? longWidth : 80));
            body.add(w(line % 2 == 0 ? "-สำนัก" : "กอง", line % 2 == 0 ? dashX : unitX, y, 40));
            body.add(w("๒๕๖๕", 326, y, 37));
        }
        return body;
    }

    @Test
    void aBodyTouchingTheGapOnlyAtOnePointStillPartsTheColumns() {
        List<Double> bounds = BorderlessTables.bounds(HEADER, body(3, 100.1, 262.4, 271));

        assertThat(bounds).hasSize(2);
        assertThat(bounds.get(0)).isBetween(262.1, 262.4);
    }

    @Test
    void oneLineInTenRunningAcrossTheGapStillPartsTheColumns() {
        assertThat(BorderlessTables.bounds(HEADER, body(5, 105, 262, 262))).hasSize(2);
    }

    @Test
    void aHeaderCellOfTwoWordsWhoseBodyCrossesItsGapStaysOneColumn() {
        List<WordBox> body = new ArrayList<>();
        for (int line = 0; line < 12; line++) {
            double y = 300 + 24 * line;
            body.add(w("ประชุมชี้แจงแนวทางการดำเนินงาน" + line, 165 + line % 3, y, 150));
            body.add(w("๒๕๖๕", 326, y, 37));
        }

        assertThat(BorderlessTables.bounds(HEADER, body)).hasSize(1);
    }
}
