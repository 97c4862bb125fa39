package th.ita.structure;

import java.util.Optional;

/** Joining wrapped Thai lines and matching Thai keywords in damaged text. */
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

    /**
     * The letters of a text without vowel and tone marks, spaces or SARA AM's ring: PDF text reorders,
     * drops and splits those ("ตัวชีว้ัด", "ส านัก"), so keywords are compared on what survives.
     */
    static String skeleton(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0E33') {
                out.append('\u0E32');
            } else if (!isMark(c) && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text after a leading keyword, comparing skeletons; empty when the text does not start with it. */
    static Optional<String> afterKeyword(String text, String keyword) {
        String key = skeleton(keyword);
        int matched = 0;
        int i = 0;
        while (i < text.length() && matched < key.length()) {
            char c = text.charAt(i);
            if (!isMark(c) && !Character.isWhitespace(c)) {
                char letter = c == '\u0E33' ? '\u0E32' : c;
                if (letter != key.charAt(matched)) {
                    return Optional.empty();
                }
                matched++;
            }
            i++;
        }
        if (matched < key.length()) {
            return Optional.empty();
        }
        // marks that belong to the keyword's last letter stay with the keyword
        while (i < text.length() && isMark(text.charAt(i))) {
            i++;
        }
        return Optional.of(text.substring(i));
    }

    /** Levenshtein distance: letters inserted, deleted or replaced to turn one into the other. */
    static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    private static boolean isMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }
}
