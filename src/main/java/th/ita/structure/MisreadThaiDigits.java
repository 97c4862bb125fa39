package th.ita.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

import th.ita.normalize.ThaiDigits;

/**
 * The Thai digits Tesseract misreads on scanned reports, measured on the scanned seeds: ๔ comes out as ๕,
 * and ๖ as ๒, ๐ or "๒๐". A number as read can then be read back only where the structure around it says
 * what it must be (a fiscal year ITA has, the months of that fiscal year, the next section's number); on its
 * own a ๕ may well be a ๕.
 */
final class MisreadThaiDigits {

    /** Intended digit to what OCR wrote for it (ASCII digits). */
    private static final Map<Character, List<String>> READINGS = Map.of(
            '4', List.of("5"),
            '6', List.of("2", "0", "20"));

    private MisreadThaiDigits() {
    }

    /** Whether OCR, misreading only as above, could have written {@code asRead} for {@code intended}. */
    static boolean couldBe(String asRead, String intended) {
        return misreadings(ThaiDigits.toAscii(asRead), ThaiDigits.toAscii(intended), 0, 0) >= 0;
    }

    /** How many digits were misread to turn {@code intended} into {@code asRead}; -1 when it cannot be. */
    static int misreadings(String asRead, String intended) {
        return misreadings(ThaiDigits.toAscii(asRead), ThaiDigits.toAscii(intended), 0, 0);
    }

    /**
     * The one four-digit year the predicate accepts that {@code asRead} is the fewest misreadings away from;
     * empty when none is, or when two are equally near.
     */
    static Optional<Integer> onlyYear(String asRead, IntPredicate plausible, int from, int to) {
        Map<Integer, Integer> near = new HashMap<>();
        for (int year = from; year <= to; year++) {
            int n = misreadings(asRead, String.valueOf(year));
            if (n >= 0 && plausible.test(year)) {
                near.put(year, n);
            }
        }
        int fewest = near.values().stream().mapToInt(Integer::intValue).min().orElse(-1);
        List<Integer> best = near.entrySet().stream().filter(e -> e.getValue() == fewest).map(Map.Entry::getKey).toList();
        return best.size() == 1 ? Optional.of(best.get(0)) : Optional.empty();
    }

    private static int misreadings(String asRead, String intended, int i, int j) {
        if (j == intended.length()) {
            return i == asRead.length() ? 0 : -1;
        }
        int best = -1;
        char want = intended.charAt(j);
        if (i < asRead.length() && asRead.charAt(i) == want) {
            best = misreadings(asRead, intended, i + 1, j + 1);
        }
        for (String reading : READINGS.getOrDefault(want, List.of())) {
            if (asRead.startsWith(reading, i)) {
                int rest = misreadings(asRead, intended, i + reading.length(), j + 1);
                if (rest >= 0 && (best < 0 || rest + 1 < best)) {
                    best = rest + 1;
                }
            }
        }
        return best;
    }
}
