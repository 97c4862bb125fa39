package th.ita.normalize;

import static th.ita.normalize.ThaiCharacters.isCombiningMark;
import static th.ita.normalize.ThaiCharacters.isConsonant;
import static th.ita.normalize.ThaiCharacters.isFollowingVowel;
import static th.ita.normalize.ThaiCharacters.isLeadingVowel;
import static th.ita.normalize.ThaiCharacters.isThaiLetterOrMark;
import static th.ita.normalize.ThaiCharacters.isToneMark;

import java.util.regex.Pattern;

/**
 * Repairs that remove or replace whitespace which PDF export put inside Thai words. Each one only acts where
 * Thai spelling rules say a word cannot have ended, so the spaces Thai uses between phrases stay.
 */
final class ThaiSpacingRepairs {

    private static final Pattern SPACES_BEFORE_MARK =
            Pattern.compile("(?<=[\u0E01-\u0E4E]) +(?=[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])");

    // A consonant, an optional tone mark, one space, then SARA AA. SARA AA never starts a syllable, so the
    // space stands where the NIKHAHIT half of SARA AM was drawn. Not after SARA E: there the AA belongs to
    // the vowels เ-า and เ-าะ ("เข้ า" is เข้า broken by a wrap), and เ-ำ is no Thai spelling.
    private static final Pattern SARA_AM_LOST_AS_SPACE = Pattern.compile(
            "(?<!\u0E40)(?<!\u0E40[\u0E01-\u0E2E])([\u0E01-\u0E2E][\u0E48-\u0E4B]?) \u0E32");

    private ThaiSpacingRepairs() {
    }

    /** "วันที ่" to "วันที่": a mark drawn on a consonant can never follow a space. */
    static String removeSpacesBeforeMarks(String text) {
        return SPACES_BEFORE_MARK.matcher(text).replaceAll("");
    }

    /** "ส านักงาน" to "สำนักงาน", "น้ า" to "น้ำ". */
    static String restoreSaraAmLostAsSpace(String text) {
        return SARA_AM_LOST_AS_SPACE.matcher(text).replaceAll("$1\u0E33");
    }

    /**
     * Removes a run of spaces holding at most one line break from inside a Thai word. Tabs are never
     * removed: they separate table cells. A run is inside a word when the left fragment cannot end a
     * syllable ("ไ ด้", "ดำเนิ นงาน", "หน่ วยงาน", "สำคั ญ") or the right one cannot start one ("เข้ า", "ค\nะแนน").
     */
    static String joinWordsBrokenByWraps(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r') {
                out.append(c);
                i++;
                continue;
            }
            int runEnd = endOfWrapRun(text, i);
            boolean insideWord = i > 0 && runEnd < text.length()
                    && isInsideWord(text, i - 1, text.charAt(runEnd));
            if (!insideWord) {
                out.append(text, i, runEnd);
            }
            i = runEnd;
        }
        return out.toString();
    }

    /** Spaces, then at most one line break (\n, \r or \r\n), then spaces. */
    private static int endOfWrapRun(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
            if (i < text.length() && text.charAt(i) == '\n') {
                i++;
            }
        } else if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isInsideWord(String text, int leftEnd, char right) {
        char left = text.charAt(leftEnd);
        if (!isThaiLetterOrMark(left)) {
            return false;
        }
        if (isCombiningMark(right)) {
            return true;
        }
        if (isFollowingVowel(right)) {
            return isConsonant(left) || isCombiningMark(left);
        }
        return isConsonant(right) && cannotEndSyllable(text, leftEnd);
    }

    /**
     * True when the text up to {@code end} stops in the middle of a syllable: after a leading vowel, after
     * MAI HAN-AKAT (always followed by a final), after the vowels เ-ิ เ-ี เ-ึ เ-ื เ-็ แ-็ which need a final
     * or a ย/อ, or after a tone mark on a consonant that has no vowel at all.
     */
    private static boolean cannotEndSyllable(String text, int end) {
        char last = text.charAt(end);
        if (isLeadingVowel(last)) {
            return true;
        }
        boolean endsWithTone = isToneMark(last);
        int beforeTone = endsWithTone ? end - 1 : end;
        if (beforeTone < 1) {
            return false;
        }
        char mark = text.charAt(beforeTone);
        if (mark == ThaiCharacters.MAI_HAN_AKAT) {
            return true;
        }
        if (isConsonant(mark)) {
            return endsWithTone && !hasLeadingVowel(text, beforeTone);
        }
        return needsFinalAfterLeadingVowel(text, beforeTone, endsWithTone);
    }

    /**
     * The vowel mark at {@code vowelIndex} belongs to เ-ิ เ-ี เ-ึ เ-ื เ-็ or แ-็, which cannot end a syllable.
     * The leading vowel must sit right before one consonant or before a cluster that leaves no other reading:
     * "เคมี" is เค-มี and "เลดี้" is เล-ดี้, both complete, while "เหมื" can only be the start of เหมือน.
     * Clusters with ร or ล are read so only when the vowel cannot end a word either way ("เปลี่", "เกลื"),
     * because "เสรี" and "บัคเตรี" are whole words.
     */
    private static boolean needsFinalAfterLeadingVowel(String text, int vowelIndex, boolean toneFollows) {
        char vowel = text.charAt(vowelIndex);
        int consonant = vowelIndex - 1;
        if (!isVowelNeedingFinal(vowel) || !isConsonant(text.charAt(consonant))) {
            return false;
        }
        int leading = consonant - 1;
        if (leading >= 1 && isConsonant(text.charAt(leading))) {
            char first = text.charAt(leading);
            char second = text.charAt(consonant);
            boolean roLoClusterSafe = (second == ThaiCharacters.RO_RUA || second == ThaiCharacters.LO_LING)
                    && (toneFollows || vowel == ThaiCharacters.SARA_UEE || vowel == ThaiCharacters.MAITAIKHU);
            if (!ThaiCharacters.isUnambiguousCluster(first, second) && !roLoClusterSafe) {
                return false;
            }
            leading--;
        }
        if (leading < 0) {
            return false;
        }
        char leadingVowel = text.charAt(leading);
        return leadingVowel == ThaiCharacters.SARA_E
                || (leadingVowel == ThaiCharacters.SARA_AE && vowel == ThaiCharacters.MAITAIKHU);
    }

    private static boolean isVowelNeedingFinal(char c) {
        return (c >= '\u0E34' && c <= '\u0E37') || c == ThaiCharacters.MAITAIKHU;
    }

    /**
     * A leading vowel stands before the consonant at {@code consonant} or before the one ahead of it. Any
     * two consonants count as a cluster here, because finding a leading vowel keeps the space.
     */
    private static boolean hasLeadingVowel(String text, int consonant) {
        for (int i = consonant - 1; i >= Math.max(0, consonant - 2); i--) {
            char c = text.charAt(i);
            if (isLeadingVowel(c)) {
                return true;
            }
            if (!isConsonant(c)) {
                return false;
            }
        }
        return false;
    }
}
