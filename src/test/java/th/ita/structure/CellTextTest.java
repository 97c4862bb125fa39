package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import th.ita.extract.WordBox;

class CellTextTest {

    private static final CellText OCR = new CellText(UnaryOperator.identity());
    /** A page whose words carry the PDF's space glyphs, as LibreOffice's exports do. */
    private static final CellText SPACED = OCR.on(List.of(new WordBox("ของ ", 0, 0, 20, 14, 100)));

    /** One word per line, 24 pt apart, in a cell of one column. */
    private static List<WordBox> stacked(String... lines) {
        List<WordBox> words = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            words.add(new WordBox(lines[i], 100, 100 + 24 * i, 30, 14, 100));
        }
        return words;
    }

    @Test
    void aWordWrappedLetterByLetterJoinsWithoutSpaces() {
        assertThat(SPACED.of(stacked("ผู้รับ", "ผิด", "ชอ", "บ"))).isEqualTo("ผู้รับผิดชอบ");
    }

    @Test
    void aYearWrappedDigitByDigitJoinsWithoutSpaces() {
        assertThat(SPACED.of(stacked("ตุลาคม ", "๒๕", "๖๔"))).isEqualTo("ตุลาคม ๒๕๖๔");
    }

    @Test
    void aLatinWordWrappedInsideJoinsWithoutASpace() {
        assertThat(SPACED.of(stacked("E-Servi", "ce"))).isEqualTo("E-Service");
    }

    @Test
    void aLineEndingWithASpaceGlyphKeepsTheSpaceBetweenThaiWords() {
        assertThat(SPACED.of(stacked("การปรับปรุงระบบ ", "การทำงาน"))).isEqualTo("การปรับปรุงระบบ การทำงาน");
    }

    @Test
    void wordsWithoutSpaceGlyphsJoinThaiWithoutASpaceAndOtherTextWithOne() {
        assertThat(OCR.of(stacked("ผู้รับ", "ผิดชอบ"))).isEqualTo("ผู้รับผิดชอบ");
        assertThat(OCR.of(stacked("E-Servi", "ce"))).isEqualTo("E-Servi ce");
    }

    @Test
    void aListItemOnTheNextLineStartsANewLine() {
        assertThat(SPACED.of(stacked("สำนักปลัด", "- กองคลัง"))).isEqualTo("สำนักปลัด\n- กองคลัง");
    }

    @Test
    void aSymbolFontBulletOnTheNextLineStartsANewLine() {
        assertThat(SPACED.of(stacked("\uF0B7 สำนักปลัด", "\uF0B7 กองคลัง"))).isEqualTo("\uF0B7 สำนักปลัด\n\uF0B7 กองคลัง");
    }

    @Test
    void aCodeWrappedInsideItsParenthesisGoesOnWhereANumberedItemWouldStart() {
        assertThat(SPACED.of(stacked("แสดงข้อมูล (O๑", "๓)"))).isEqualTo("แสดงข้อมูล (O๑๓)");
        assertThat(SPACED.of(stacked("(O๑๒)", "๓) รายงาน"))).isEqualTo("(O๑๒)\n๓) รายงาน");
        assertThat(SPACED.joinCarried("ข้อมูล (O", "๒๑) การจัดซื้อ")).isEqualTo("ข้อมูล (O๒๑) การจัดซื้อ");
    }

    @Test
    void aRowCutByAPageBreakJoinsItsRestAsTheSpaceGlyphSays() {
        assertThat(SPACED.joinCarried("ตัวชี้วัดที่ 2 การใช้งบ", "ประมาณ")).isEqualTo("ตัวชี้วัดที่ 2 การใช้งบประมาณ");
        assertThat(SPACED.joinCarried("ผู้บังคับบัญชาควร ", "สั่งการ")).isEqualTo("ผู้บังคับบัญชาควร สั่งการ");
        assertThat(SPACED.joinCarried("ทุกกองงาน", "- สำนักปลัด")).isEqualTo("ทุกกองงาน\n- สำนักปลัด");
    }
}
