package th.ita.normalize;

/**
 * Classes of Thai characters as the repair rules see them: which letters start a syllable, which marks
 * stack on a consonant, and in which order.
 */
final class ThaiCharacters {

    static final char SARA_E = '\u0E40';
    static final char SARA_AE = '\u0E41';
    static final char SARA_AA = '\u0E32';
    static final char SARA_AM = '\u0E33';
    static final char NIKHAHIT = '\u0E4D';
    static final char MAI_HAN_AKAT = '\u0E31';
    static final char SARA_II = '\u0E35';
    static final char MAITAIKHU = '\u0E47';
    static final char SARA_UEE = '\u0E37';
    static final char O_ANG = '\u0E2D';
    static final char WO_WAEN = '\u0E27';
    static final char YO_YAK = '\u0E22';
    static final char RO_RUA = '\u0E23';
    static final char LO_LING = '\u0E25';

    private ThaiCharacters() {
    }

    /** ก to ฮ. */
    static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    /** เ แ โ ใ ไ: written before the consonant they follow in speech, so they never end a word. */
    static boolean isLeadingVowel(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /** ะ า ำ ๅ: written after the consonant; none of them can start a syllable. */
    static boolean isFollowingVowel(char c) {
        return c == '\u0E30' || c == SARA_AA || c == SARA_AM || c == '\u0E45';
    }

    /** Vowel marks above or below the consonant (ั ิ ี ึ ื ุ ู ฺ ็ ํ): they sit next to the consonant. */
    static boolean isVowelMark(char c) {
        return c == MAI_HAN_AKAT || (c >= '\u0E34' && c <= '\u0E3A') || c == '\u0E47' || c == NIKHAHIT;
    }

    /** ่ ้ ๊ ๋: the four tone marks. */
    static boolean isToneMark(char c) {
        return c >= '\u0E48' && c <= '\u0E4B';
    }

    /** Tone marks, ์ and ๎: they stack on top of any vowel mark, so they come after it. */
    static boolean isOuterMark(char c) {
        return isToneMark(c) || c == '\u0E4C' || c == '\u0E4E';
    }

    /** Any mark that renders on the preceding consonant and so can never follow a space. */
    static boolean isCombiningMark(char c) {
        return isVowelMark(c) || isOuterMark(c);
    }

    /** Consonants, vowels and marks; not digits, ฯ, ๆ or ฿, which stand on their own. */
    static boolean isThaiLetterOrMark(char c) {
        return c >= '\u0E01' && c <= '\u0E4E' && c != '\u0E2F' && c != '\u0E3F' && c != '\u0E46';
    }

    /** Any character of the Thai block, digits and signs included. */
    static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E5B';
    }

    /**
     * Two consonants that can only be read as one initial cluster: ห or อ leading a sonorant (หน, หม, อย)
     * and ก ข ค with ว. Clusters with ร and ล are left out: "เสรี" is เส-รี, not a cluster.
     */
    static boolean isUnambiguousCluster(char first, char second) {
        if (first == '\u0E2B') {
            return "\u0E07\u0E0D\u0E19\u0E21\u0E22\u0E23\u0E25\u0E27".indexOf(second) >= 0;
        }
        if (first == O_ANG) {
            return second == YO_YAK;
        }
        return second == WO_WAEN && (first == '\u0E01' || first == '\u0E02' || first == '\u0E04');
    }
}
