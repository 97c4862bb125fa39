package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrSpecksTest {

    @Test
    void specksStandingAloneOrGluedBeforeAWordGo() {
        assertThat(OcrSpecks.without("ทุกกองงาน .\n.- สำนักปลัด\n:กองคลัง\nกันยายน ๒๕๖๕ . :"))
                .isEqualTo("ทุกกองงาน\n- สำนักปลัด\nกองคลัง\nกันยายน ๒๕๖๕");
    }

    @Test
    void listDashesAndDotsInsideWordsAndNumbersStay() {
        assertThat(OcrSpecks.without("- พ.ศ. ๒๕๖๕\n๑. กำหนด")).isEqualTo("- พ.ศ. ๒๕๖๕\n๑. กำหนด");
    }
}
