package th.ita.index;

import java.io.Reader;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The recall field's analysis: Thai digits folded, spaces between two Thai letters dropped (PDF line wraps split
 * "ดำเนิ นงาน" and lost SARA AM leaves "ด าเนินการ"), then character bigrams over each Thai run. Latin and numbers
 * stay whole and lower-cased.
 */
public final class ThaiBigramAnalyzer extends Analyzer {

    private static final Pattern SPACE_INSIDE_THAI = Pattern.compile("(?<=[\u0E01-\u0E4E])[ \t\u00A0]+(?=[\u0E01-\u0E4E])");

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(SPACE_INSIDE_THAI, "", new MappingCharFilter(ThaiDigitFolding.MAP, reader));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        // Spaces dropped inside Thai make long runs; the default 255 would cut them and lose a bigram at each cut.
        tokenizer.setMaxTokenLength(4096);
        // The bigram filter maps letters back through the char filter the tokenizer reads from.
        Reader[] reading = new Reader[1];
        TokenStream stream = new ThaiBigramFilter(new LowerCaseFilter(tokenizer), () -> reading[0]);
        return new TokenStreamComponents(reader -> {
            reading[0] = reader;
            tokenizer.setReader(reader);
        }, stream);
    }
}
