package th.ita.index;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Supplier;

import org.apache.lucene.analysis.CharFilter;
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
 * query. Other tokens (Latin, numbers) pass through whole. Each bigram's offsets point at its two letters in the
 * text as written, even where the analyzer's char filter dropped spaces inside the run.
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
    /** Where the run starts in the text the tokenizer read (after the char filters). */
    private int filteredRunStart;
    private final Supplier<Reader> tokenizerReader;

    /** @param tokenizerReader the reader the tokenizer is reading now: the char filter that maps its offsets back */
    ThaiBigramFilter(TokenStream input, Supplier<Reader> tokenizerReader) {
        super(input);
        this.tokenizerReader = tokenizerReader;
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
        filteredRunStart = filteredOffsetOf(runStart);
        next = 0;
        emitBigram(position.getPositionIncrement());
        return true;
    }

    private void emitBigram(int increment) {
        term.copyBuffer(run, next, 2);
        position.setPositionIncrement(increment);
        // Inside a run joined across dropped spaces, letter i is not at runStart + i in the text as written.
        int start = Math.min(Math.max(correct(filteredRunStart + next), runStart), runEnd);
        int end = Math.min(correct(filteredRunStart + next + 1) + 1, runEnd);
        offset.setOffset(start, Math.max(start, end));
        next++;
    }

    private int correct(int filteredOffset) {
        return tokenizerReader.get() instanceof CharFilter filter ? filter.correctOffset(filteredOffset) : filteredOffset;
    }

    /**
     * The offset in the filtered text that the char filter maps to {@code written}: the filter only drops characters,
     * so its mapping never decreases and the smallest offset mapping at or past {@code written} is found by halving.
     */
    private int filteredOffsetOf(int written) {
        int low = 0;
        int high = written;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (correct(middle) < written) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
        runLength = 0;
    }
}
