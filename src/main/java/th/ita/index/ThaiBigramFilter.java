package th.ita.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits each Thai run from {@link StandardTokenizer} into overlapping character bigrams, one position apart, so a
 * word the dictionary does not know, or one damaged by extraction, still shares most of its bigrams with the
 * query. Other tokens (Latin, numbers) pass through whole.
 */
final class ThaiBigramFilter extends TokenFilter {

    private static final String THAI_RUN = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.SOUTHEAST_ASIAN];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private char[] run = new char[0];
    private int runLength;
    private int next;
    private int runStart;
    private int runEnd;

    ThaiBigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next > 0 && next + 1 < runLength) {
            emitBigram(1);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!THAI_RUN.equals(type.type()) || term.length() < 3) {
            next = 0;
            runLength = 0;
            return true;
        }
        runLength = term.length();
        if (run.length < runLength) {
            run = new char[runLength];
        }
        System.arraycopy(term.buffer(), 0, run, 0, runLength);
        runStart = offset.startOffset();
        runEnd = offset.endOffset();
        next = 0;
        emitBigram(position.getPositionIncrement());
        return true;
    }

    private void emitBigram(int increment) {
        term.copyBuffer(run, next, 2);
        position.setPositionIncrement(increment);
        // Offsets are approximate when the char filter joined a wrapped word; they only steer the snippet.
        int start = Math.min(runStart + next, runEnd);
        offset.setOffset(start, Math.min(start + 2, runEnd));
        next++;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
        runLength = 0;
    }
}
