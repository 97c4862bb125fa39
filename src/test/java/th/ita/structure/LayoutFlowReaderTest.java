package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import th.ita.extract.PageLayout;
import th.ita.extract.WordBox;

class LayoutFlowReaderTest {

    private static final LayoutFlowReader READER = new LayoutFlowReader(UnaryOperator.identity());

    private static List<String> paragraphs(WordBox... words) {
        return READER.read(List.of(new PageLayout(1, 600, 800, List.of(words), List.of())), new ProblemLog()).stream()
                .map(b -> ((Block.Paragraph) b).text()).toList();
    }

    @Test
    void aPieceOcrBoxedWithoutTheMarksOfItsWordStaysOnTheWordsLine() {
        // "กองคลั" reaches up to its mark; the "ง" split from it sits lower, its centre 3 pt below
        assertThat(paragraphs(new WordBox("กองคลั", 100, 100, 30, 14, 90), new WordBox("ง", 130, 105, 5, 9, 90)))
                .containsExactly("กองคลั ง");
    }

    @Test
    void aShortMarkStandingUnderAWordOfTheLineStartsTheNextLine() {
        assertThat(paragraphs(new WordBox("ทุกกองงาน", 100, 100, 40, 14, 100), new WordBox("-", 101, 108, 4, 9, 100)))
                .containsExactly("ทุกกองงาน", "-");
    }
}
