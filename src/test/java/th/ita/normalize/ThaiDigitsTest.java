package th.ita.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiDigitsTest {

    @Test
    void turnsEveryThaiDigitIntoTheAsciiDigitOfTheSameValue() {
        assertThat(ThaiDigits.toAscii("๐๑๒๓๔๕๖๗๘๙")).isEqualTo("0123456789");
    }

    @Test
    void leavesLettersPunctuationAndAsciiDigitsAlone() {
        assertThat(ThaiDigits.toAscii("ที่ พบ ๓๒๔๐๑/๑๖ พ.ศ.2564 ข้อ ๑.๒"))
                .isEqualTo("ที่ พบ 32401/16 พ.ศ.2564 ข้อ 1.2");
    }
}
