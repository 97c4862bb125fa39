package th.ita.structure;

/** How to join text that a page or cell broke across lines. */
final class ThaiText {
    private ThaiText() {
    }

    /**
     * Thai writes no spaces between words, so a line broken between two Thai letters joins without one;
     * anything else joins with a space.
     */
    static String joiner(CharSequence before, String after) {
        if (before.length() == 0 || after.isEmpty()) {
            return "";
        }
        char a = before.charAt(before.length() - 1);
        char b = after.strip().isEmpty() ? ' ' : after.strip().charAt(0);
        return isThai(a) && isThai(b) ? "" : " ";
    }

    static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E4E';
    }
}
