package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MisreadThaiDigitsTest {

    @Test
    void aSixReadAsTwoZeroAndAFourReadAsFiveCanBeReadBack() {
        assertThat(MisreadThaiDigits.couldBe("๒๕๒๐๕", "2565")).isTrue();
        assertThat(MisreadThaiDigits.couldBe("๒๕๐๕", "2564")).isTrue();
        assertThat(MisreadThaiDigits.couldBe("๕", "4")).isTrue();
    }

    @Test
    void digitsOcrDoesNotConfuseAreNotReadAsEachOther() {
        assertThat(MisreadThaiDigits.couldBe("๒", "3")).isFalse();
        assertThat(MisreadThaiDigits.couldBe("2565", "2575")).isFalse();
    }

    @Test
    void theOnlyPlausibleYearFewestMisreadingsAwayIsTaken() {
        assertThat(MisreadThaiDigits.onlyYear("๒๕๒๕", y -> y >= 2557 && y <= 2572, 2500, 2700)).contains(2565);
    }

    @Test
    void twoEquallyNearYearsGiveNoYear() {
        assertThat(MisreadThaiDigits.onlyYear("๒๕๕๐", y -> y == 2540 || y == 2556, 2500, 2700)).isEmpty();
    }
}
