package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkOrderTest {

    @Test
    void saraUeMovedPastItsConsonantGoesBack() {
        assertThat(MarkOrder.repaired("น้ำยนื")).isEqualTo("น้ำยืน");
        assertThat(MarkOrder.repaired("มอื")).isEqualTo("มือ");
    }

    @Test
    void wordsInTheirRightOrderAreLeftAlone() {
        assertThat(MarkOrder.repaired("น้ำยืน")).isEqualTo("น้ำยืน");
        assertThat(MarkOrder.repaired("หนองใหญ่")).isEqualTo("หนองใหญ่");
    }
}
