package th.ita.normalize;

import static th.ita.normalize.ThaiCharacters.isCombiningMark;
import static th.ita.normalize.ThaiCharacters.isConsonant;
import static th.ita.normalize.ThaiCharacters.isFollowingVowel;
import static th.ita.normalize.ThaiCharacters.isOuterMark;
import static th.ita.normalize.ThaiCharacters.isToneMark;

import java.util.regex.Pattern;

/**
 * Repairs that put combining marks back in Thai's stored order: consonant, vowel mark above or below, then
 * tone mark. PDF extractors emit marks in drawing order, which puts a tone before its vowel or after the
 * next letter.
 */
final class ThaiMarkOrderRepairs {

    private static final char THANTHAKHAT = '\u0E4C';
    private static final Pattern DECOMPOSED_SARA_AM = Pattern.compile("\u0E4D([\u0E48-\u0E4B]?)\u0E32");

    private ThaiMarkOrderRepairs() {
    }

    /**
     * "ยุทธท์ี่" to "ยุทธ์ที่": a THANTHAKHAT followed by a vowel mark was drawn over the consonant before, since
     * a consonant it silences carries no vowel. ิ and ุ alone are left in place: "สิทธ์ิ" is สิทธิ์ with its
     * marks swapped, which {@link #reorderMarksOnEachConsonant} repairs. Runs before that method.
     */
    static String moveShiftedThanthakhatBack(String text) {
        char[] chars = text.toCharArray();
        for (int i = 2; i + 1 < chars.length; i++) {
            if (chars[i] == THANTHAKHAT && isShiftedOffVowel(chars, i + 1)
                    && isConsonant(chars[i - 1]) && isConsonant(chars[i - 2])) {
                chars[i] = chars[i - 1];
                chars[i - 1] = THANTHAKHAT;
            }
        }
        return new String(chars);
    }

    private static boolean isShiftedOffVowel(char[] chars, int i) {
        char vowel = chars[i];
        if (!ThaiCharacters.isVowelMark(vowel)) {
            return false;
        }
        boolean toneFollows = i + 1 < chars.length && isToneMark(chars[i + 1]);
        return toneFollows || (vowel != '\u0E34' && vowel != '\u0E38');
    }

    /** "ท่ี" to "ที่", "เพ่ือ" to "เพื่อ": within one run of marks, vowel marks move before tone marks. */
    static String reorderMarksOnEachConsonant(String text) {
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            if (!isCombiningMark(chars[i])) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < chars.length && isCombiningMark(chars[runEnd])) {
                runEnd++;
            }
            putVowelMarksFirst(chars, i, runEnd);
            i = runEnd;
        }
        return new String(chars);
    }

    /** A stable partition: the relative order of the vowel marks, and of the tone marks, is kept. */
    private static void putVowelMarksFirst(char[] chars, int start, int end) {
        if (end - start < 2) {
            return;
        }
        StringBuilder vowels = new StringBuilder();
        StringBuilder outer = new StringBuilder();
        for (int i = start; i < end; i++) {
            (isOuterMark(chars[i]) ? outer : vowels).append(chars[i]);
        }
        String ordered = vowels.append(outer).toString();
        ordered.getChars(0, ordered.length(), chars, start);
    }

    /**
     * "ํา" to "ำ", keeping a tone mark that sat between the halves ("ํ้า" to "้ำ"). Runs after
     * {@link #reorderMarksOnEachConsonant}, which has already moved a tone written before the NIKHAHIT.
     */
    static String composeDecomposedSaraAm(String text) {
        return DECOMPOSED_SARA_AM.matcher(text).replaceAll("$1\u0E33");
    }

    /**
     * Moves a tone mark back onto its consonant where it landed after a letter that can only be part of the
     * same syllable: the final after MAI HAN-AKAT ("ขัน้" to "ขั้น", "ทัว่" to "ทั่ว"), the อ of the vowel
     * -ือ ("เพือ่" to "เพื่อ") and the ย of the vowel เ-ีย ("เปลีย่น" to "เปลี่ยน"). When a vowel follows the
     * tone, the letter may start a syllable of its own ("จัดจ้าง"), so nothing moves.
     */
    static String moveTonesBackOntoTheirConsonant(String text) {
        char[] chars = text.toCharArray();
        for (int i = 1; i + 2 < chars.length; i++) {
            if (isToneMark(chars[i + 2]) && isToneDisplacedPast(chars, i) && isNotFollowedByVowel(chars, i + 3)) {
                char tone = chars[i + 2];
                chars[i + 2] = chars[i + 1];
                chars[i + 1] = tone;
            }
        }
        return new String(chars);
    }

    /** {@code chars[i]} is a vowel mark and {@code chars[i + 1]} a letter that cannot carry the next tone. */
    private static boolean isToneDisplacedPast(char[] chars, int i) {
        char vowel = chars[i];
        char letter = chars[i + 1];
        if (vowel == ThaiCharacters.MAI_HAN_AKAT) {
            // A consonant with no vowel of its own could still start a syllable with อ, ว or ย after it.
            return isConsonant(chars[i - 1]) && isConsonant(letter) && !isVowelLetterAt(chars, i + 3);
        }
        if (vowel == ThaiCharacters.SARA_UEE) {
            return letter == ThaiCharacters.O_ANG && isConsonant(chars[i - 1]);
        }
        if (vowel == ThaiCharacters.SARA_II) {
            return letter == ThaiCharacters.YO_YAK && hasLeadingSaraE(chars, i - 1);
        }
        return false;
    }

    private static boolean isVowelLetterAt(char[] chars, int i) {
        if (i >= chars.length) {
            return false;
        }
        char c = chars[i];
        return c == ThaiCharacters.O_ANG || c == ThaiCharacters.WO_WAEN || c == ThaiCharacters.YO_YAK;
    }

    private static boolean isNotFollowedByVowel(char[] chars, int i) {
        return i >= chars.length || !(isFollowingVowel(chars[i]) || isCombiningMark(chars[i]));
    }

    private static boolean hasLeadingSaraE(char[] chars, int consonantEnd) {
        if (consonantEnd < 1 || !isConsonant(chars[consonantEnd])) {
            return false;
        }
        char before = chars[consonantEnd - 1];
        if (before == ThaiCharacters.SARA_E) {
            return true;
        }
        return isConsonant(before) && consonantEnd >= 2 && chars[consonantEnd - 2] == ThaiCharacters.SARA_E;
    }
}
