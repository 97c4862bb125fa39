package th.ita.index;

import java.util.Locale;

import th.ita.normalize.ThaiDigits;

/** O-item codes as the index keys them: upper-case O and ASCII digits, so "(O๑๗)", "o17" and "O17" meet. */
public final class OCodes {

    private OCodes() {
    }

    public static String canonical(String code) {
        StringBuilder out = new StringBuilder(code.length());
        for (char c : ThaiDigits.toAscii(code.strip()).toCharArray()) {
            if (c != '(' && c != ')' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
