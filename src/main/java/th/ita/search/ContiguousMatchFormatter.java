package th.ita.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats bigram matches: overlapping bigrams merge into one marked run, and runs shorter than
 * {@link #MIN_RUN} characters stay unmarked, since a lone "าร" matches in every Thai sentence and explains nothing.
 */
final class ContiguousMatchFormatter extends PassageFormatter {

    static final int MIN_RUN = 4;

    private final String open;
    private final String close;
    private final String ellipsis;

    ContiguousMatchFormatter(String open, String close, String ellipsis) {
        this.open = open;
        this.close = close;
        this.ellipsis = ellipsis;
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > pos && pos > 0) {
                out.append(ellipsis);
            }
            pos = passage.getStartOffset();
            int i = 0;
            while (i < passage.getNumMatches()) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                // Match starts are sorted; swallow every match that touches or overlaps the run so far.
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
                    end = Math.max(end, passage.getMatchEnds()[++i]);
                }
                i++;
                start = Math.max(start, pos);
                end = Math.min(end, passage.getEndOffset());
                if (end - start < MIN_RUN || start >= end) {
                    continue;
                }
                out.append(content, pos, start).append(open).append(content, start, end).append(close);
                pos = end;
            }
            out.append(content, pos, Math.max(pos, passage.getEndOffset()));
            pos = passage.getEndOffset();
        }
        return out.toString();
    }
}
