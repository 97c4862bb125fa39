package th.ita.structure;

/**
 * Puts back a vowel mark that PDF export moved one letter too far. SARA UE and SARA UE short (ื ึ) always stand
 * between two consonants of one syllable, so a word that ends in consonant, consonant, SARA UE ("น้ำยนื") had
 * the mark moved past its consonant: it belongs before the last letter ("น้ำยืน").
 */
final class MarkOrder {

    private MarkOrder() {
    }

    static String repaired(String word) {
        int n = word.length();
        if (n < 3) {
            return word;
        }
        char mark = word.charAt(n - 1);
        if ((mark == '\u0E36' || mark == '\u0E37') && isConsonant(word.charAt(n - 2)) && isConsonant(word.charAt(n - 3))) {
            return word.substring(0, n - 2) + mark + word.charAt(n - 2);
        }
        return word;
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }
}
