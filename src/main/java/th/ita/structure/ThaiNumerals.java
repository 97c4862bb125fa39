package th.ita.structure;

/**
 * Thai digits to ASCII for parsing codes, dates and scores. Kept private to this package until the
 * normaliser's {@code ThaiDigits} lands; parsing must not depend on which digits a writer used.
 */
final class ThaiNumerals {
    private ThaiNumerals() {
    }

    static String toAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        return out.toString();
    }
}
