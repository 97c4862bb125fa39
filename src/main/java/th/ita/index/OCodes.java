package th.ita.index;

import java.util.Locale;

/** O-item codes as the index keys them: upper-case O and ASCII digits, so "(O๑๗)", "o17" and "O17" meet. */
public final class OCodes {

    private OCodes() {
    }

    public static String canonical(String code) {
        StringBuilder out = new StringBuilder(code.length());
        for (char c : code.strip().toCharArray()) {
            if (c >= '\u0E50' && c <= '\u0E59') {
                out.append((char) ('0' + (c - '\u0E50')));
            } else if (c != '(' && c != ')' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
