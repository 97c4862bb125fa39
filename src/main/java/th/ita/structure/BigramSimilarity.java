package th.ita.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two names are, on character bigrams of their letters. OCR drops and swaps Thai marks, splits
 * words with spaces and adds specks of punctuation, so only letters (Thai consonants and vowels, Latin
 * letters in lower case) are compared, marks and everything else left out; SARA AM counts as SARA AA.
 */
final class BigramSimilarity {

    private BigramSimilarity() {
    }

    /** Dice coefficient of the two names' letter bigrams: 1 for the same letters, 0 for nothing shared. */
    static double dice(String a, String b) {
        List<String> x = bigrams(a);
        List<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        return 2.0 * shared(x, y) / (x.size() + y.size());
    }

    /** The share of the part's bigrams found in the whole: how well a fragment (a cut-off cell) fits a name. */
    static double containment(String part, String whole) {
        List<String> x = bigrams(part);
        return x.isEmpty() ? 0 : (double) shared(x, bigrams(whole)) / x.size();
    }

    /** The letters a comparison sees. */
    static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0E33') {
                out.append('\u0E32');
            } else if ((c >= '\u0E01' && c <= '\u0E30') || c == '\u0E32' || (c >= '\u0E40' && c <= '\u0E45')) {
                out.append(c);
            } else if (c < 128 && Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static List<String> bigrams(String text) {
        String s = letters(text);
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }

    /** Bigrams in common, each counted as often as both sides have it. */
    private static int shared(List<String> x, List<String> y) {
        List<String> pool = new ArrayList<>(y);
        int n = 0;
        for (String g : x) {
            if (pool.remove(g)) {
                n++;
            }
        }
        return n;
    }
}
