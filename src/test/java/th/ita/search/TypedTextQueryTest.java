package th.ita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import org.junit.jupiter.api.Test;

import th.ita.index.IndexFields;
import th.ita.index.WordSegmenter;

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

    /** "ทรัพย์สิน" has 8 distinct bigrams, 6 of which (70 %) a unit must hold; two common ones count as held. */
    @Test
    void theRelaxedFormLeavesCommonBigramsOutAndNeedsThatManyFewerOfTheRest() {
        TypedTextQuery typed = new TypedTextQuery(IndexFields.analyzer(WordSegmenter.ICU), BigramRecall.SUBSTRING_THEN_SHARED);
        BooleanQuery all = shared(typed.build("ทรัพย์สิน", TypedTextQuery.BigramFrequency.NONE).orElseThrow());
        BooleanQuery lean = shared(typed.build("ทรัพย์สิน", term -> term.equals("ทร") || term.equals("สิ")).orElseThrow());
        assertThat(all.clauses()).hasSize(8);
        assertThat(all.getMinimumNumberShouldMatch()).isEqualTo(6);
        assertThat(lean.clauses()).hasSize(6);
        assertThat(lean.getMinimumNumberShouldMatch()).isEqualTo(4);
        assertThat(lean.toString()).doesNotContain("ทร").doesNotContain("สิ");
    }

    /** The minimum-should-match query inside the relaxed form of a one-part text. */
    private static BooleanQuery shared(TypedTextQuery.Parts parts) {
        List<BooleanQuery> found = new ArrayList<>();
        parts.relaxed().orElseThrow().every().visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                if (parent instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() > 0) {
                    found.add(bool);
                }
                return this;
            }
        });
        // the visitor meets the query once per clause below it
        List<BooleanQuery> distinct = found.stream().distinct().toList();
        assertThat(distinct).hasSize(1);
        return distinct.get(0);
    }

    private static TypedTextQuery.Token token(String term, int position) {
        return new TypedTextQuery.Token(term, position);
    }
}
