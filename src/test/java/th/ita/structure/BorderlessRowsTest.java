package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.extract.WordBox;

class BorderlessRowsTest {

    /** Columns แบบ | ตัวชี้วัด | ประเด็น | ผลการดำเนินงาน of an indicators table, narrow as a page of autofit columns. */
    private static final List<Double> BOUNDS = List.of(100.0, 140.0, 210.0);

    private static WordBox w(String text, double x, double y, double width) {
        return new WordBox(text, x, y, width, 12, 100);
    }

    @Test
    void oneLetterOfAFormBesideTheStartOfAnIndicatorAtThePageFootOpensARow() {
        List<List<WordBox>> body = List.of(List.of(w("ปฏิบัติ", 217, 720, 32)),
                List.of(w("E", 85, 742, 7), w("ตัวชี้", 106, 742, 21), w("เผยแพร่", 144, 742, 40)));

        assertThat(BorderlessRows.opensRow(body, 1, BOUNDS)).isTrue();
    }

    @Test
    void oneLetterAloneAtThePageFootOpensNoRow() {
        List<List<WordBox>> body = List.of(List.of(w("ปฏิบัติ", 217, 720, 32)),
                List.of(w("E", 85, 742, 7), w("เผยแพร่", 144, 742, 40)));

        assertThat(BorderlessRows.opensRow(body, 1, BOUNDS)).isFalse();
    }

    /** A body whose second line opens with {@code form} beside an indicator OCR read without its marks. */
    private static List<List<WordBox>> indicatorUnder(String form) {
        return List.of(List.of(w("ประมาณ", 144, 148, 40)),
                List.of(w(form, 85, 172, 12), w("ตัวชีวัดที", 106, 172, 30), w("ผู้บังคับบัญชา", 144, 172, 50)),
                List.of(w("การใช้", 106, 196, 20), w("มอบหมายงาน", 144, 196, 50)));
    }

    @Test
    void aFormOcrLostALetterOfBesideAnIndicatorOpensARow() {
        assertThat(BorderlessRows.opensRow(indicatorUnder("IT"), 1, BOUNDS)).isTrue();
    }

    @Test
    void latinLettersThatAreNoFormOpenNoRowBesideAnIndicator() {
        assertThat(BorderlessRows.opensRow(indicatorUnder("KPI"), 1, BOUNDS)).isFalse();
    }
}
