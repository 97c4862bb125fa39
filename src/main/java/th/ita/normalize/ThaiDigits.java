package th.ita.normalize;

/**
 * Thai digits (๐-๙) as ASCII digits, for parsing codes, dates, years and scores and for search terms. The
 * display text keeps the digits as written.
 */
public final class ThaiDigits {

    private static final char THAI_ZERO = '\u0E50';
    private static final char THAI_NINE = '\u0E59';

    private ThaiDigits() {
    }

    /**
     * Replaces each Thai digit with the ASCII digit of the same value and leaves every other character.
     *
     * @param text any text; not null
     * @return the text with ASCII digits only
     */
    public static String toAscii(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= THAI_ZERO && chars[i] <= THAI_NINE) {
                chars[i] = (char) ('0' + (chars[i] - THAI_ZERO));
            }
        }
        return new String(chars);
    }

    /** Replaces each ASCII digit with the Thai digit of the same value, to write a number as a Thai text does. */
    public static String toThai(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '0' && chars[i] <= '9') {
                chars[i] = (char) (THAI_ZERO + (chars[i] - '0'));
            }
        }
        return new String(chars);
    }

    /** Whether the text holds a Thai digit. */
    public static boolean hasThaiDigit(String text) {
        return text.chars().anyMatch(c -> c >= THAI_ZERO && c <= THAI_NINE);
    }
}
