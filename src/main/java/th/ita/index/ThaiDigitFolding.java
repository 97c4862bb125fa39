package th.ita.index;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

import th.ita.normalize.ThaiDigits;

/**
 * Maps Thai digits ๐-๙ to ASCII one for one, so "๒๕๖๕" and "2565" index alike and offsets stay exact. A char filter
 * needs the mapping as pairs rather than a String function, so the pairs are read from {@link ThaiDigits}.
 */
final class ThaiDigitFolding {

    static final NormalizeCharMap MAP = build();

    private ThaiDigitFolding() {
    }

    private static NormalizeCharMap build() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (int digit = 0; digit <= 9; digit++) {
            String thai = String.valueOf((char) ('\u0E50' + digit));
            builder.add(thai, ThaiDigits.toAscii(thai));
        }
        return builder.build();
    }
}
