package th.ita.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YearRangeTest {

    @Test
    void aSingleYearIsARangeOfOne() {
        assertThat(YearRange.parse("2564")).isEqualTo(new YearRange(2564, 2564));
    }

    @Test
    void aRangeIsReadInEitherOrder() {
        assertThat(YearRange.parse("2565-2563")).isEqualTo(new YearRange(2563, 2565));
    }

    @Test
    void commonEraYearsAreMovedToBuddhistEra() {
        assertThat(YearRange.parse("2021-2022")).isEqualTo(new YearRange(2564, 2565));
    }

    @Test
    void thaiDigitsAndAnEnDashAreRead() {
        assertThat(YearRange.parse("๒๕๖๓–๒๕๖๕")).isEqualTo(new YearRange(2563, 2565));
    }

    @Test
    void textThatIsNotAYearIsRefusedByName() {
        assertThatThrownBy(() -> YearRange.parse("last year")).hasMessageContaining("last year");
    }
}
