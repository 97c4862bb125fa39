package th.ita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TypedTextQueryTest {

    @Test
    void aThaiRunKeepsEveryOtherBigramAndItsLast() {
        List<TypedTextQuery.Token> bigrams = List.of(token("ทุ", 0), token("ุจ", 1), token("จร", 2), token("ริ", 3), token("ิต", 4));
        assertThat(TypedTextQuery.covering(bigrams)).extracting(TypedTextQuery.Token::term).containsExactly("ทุ", "จร", "ิต");
    }

    @Test
    void latinWordsBetweenThaiRunsAreAllKept() {
        List<TypedTextQuery.Token> tokens = List.of(token("e", 0), token("service", 1), token("ระ", 2), token("บบ", 3));
        assertThat(TypedTextQuery.covering(tokens)).isEqualTo(tokens);
    }

    private static TypedTextQuery.Token token(String term, int position) {
        return new TypedTextQuery.Token(term, position);
    }
}
