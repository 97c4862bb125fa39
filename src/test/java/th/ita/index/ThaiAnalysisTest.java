package th.ita.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class ThaiAnalysisTest {

    private final Analyzer analyzer = IndexFields.analyzer(WordSegmenter.ICU);

    @Test
    void wordFieldKeepsTheWordsOfAnGarnPhrase() throws IOException {
        assertThat(tokens(IndexFields.TEXT, "การใช้ทรัพย์สินของราชการ")).contains("การ", "ใช้", "ทรัพย์สิน", "ของ", "ราชการ");
    }

    @Test
    void wordFieldFoldsThaiDigitsToAscii() throws IOException {
        assertThat(tokens(IndexFields.TEXT, "พ.ศ.๒๕๖๕")).contains("2565");
    }

    @Test
    void wordFieldLowerCasesLatin() throws IOException {
        assertThat(tokens(IndexFields.TEXT, "E-Service O43")).containsExactly("e", "service", "o43");
    }

    @Test
    void bigramFieldJoinsAWordSplitByALineWrap() throws IOException {
        assertThat(tokens(IndexFields.TEXT_BIGRAMS, "ดำเนิ นงาน")).isEqualTo(tokens(IndexFields.TEXT_BIGRAMS, "ดำเนินงาน"));
    }

    @Test
    void bigramOffsetsPointAtTheirLettersAfterASpaceDroppedInsideTheRun() throws IOException {
        String written = "ศูนย์ ข้อมูลข่าวสาร";
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT_BIGRAMS, written)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                assertThat(written.substring(offset.startOffset(), offset.endOffset()).replace(" ", ""))
                        .as("offsets of %s", term).isEqualTo(term.toString());
            }
            stream.end();
        }
    }

    @Test
    void bigramFieldSplitsThaiIntoOverlappingPairs() throws IOException {
        assertThat(tokens(IndexFields.TEXT_BIGRAMS, "ทุจริต")).containsExactly("ทุ", "ุจ", "จร", "ริ", "ิต");
    }

    @Test
    void normalizerComposesADecomposedSaraAm() {
        assertThat(SearchTextNormalizer.normalize("ดํ\u0E32เนินการ")).isEqualTo("ดำเนินการ");
    }

    @Test
    void oCodesMeetWhateverDigitsTheyWereWrittenIn() {
        assertThat(OCodes.canonical("(O๑๗)")).isEqualTo(OCodes.canonical("o17")).isEqualTo("O17");
    }

    private List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
