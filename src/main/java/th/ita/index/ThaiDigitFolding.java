package th.ita.index;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/** Maps Thai digits ๐-๙ to ASCII one for one, so "๒๕๖๕" and "2565" index alike and offsets stay exact. */
final class ThaiDigitFolding {

    static final NormalizeCharMap MAP = build();

    private ThaiDigitFolding() {
    }

    private static NormalizeCharMap build() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (int digit = 0; digit <= 9; digit++) {
            builder.add(String.valueOf((char) ('\u0E50' + digit)), String.valueOf((char) ('0' + digit)));
        }
        return builder.build();
    }
}
