package th.ita.index;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.th.ThaiTokenizer;

/**
 * The precise field's analysis: Thai digits folded, dictionary word segmentation, lower case for Latin
 * ("E-Service", "O43"). No stop words: "การ", "ของ", "ใน" carry meaning in phrases such as "การใช้ทรัพย์สินของราชการ"
 * and a phrase query needs them in place.
 */
public final class ThaiWordAnalyzer extends Analyzer {

    private final WordSegmenter segmenter;

    public ThaiWordAnalyzer() {
        this(WordSegmenter.ICU);
    }

    public ThaiWordAnalyzer(WordSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(ThaiDigitFolding.MAP, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(ThaiDigitFolding.MAP, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = segmenter == WordSegmenter.ICU ? new ICUTokenizer() : new ThaiTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
