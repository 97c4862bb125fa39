package th.ita.normalize;

/**
 * The Private Use Area glyphs that Thai fonts (TH SarabunPSK, Angsana and their Mac counterparts) use for
 * marks shifted left or down and for consonants without their descender, mapped back to the standard
 * Thai code points. The tables follow HarfBuzz's Thai shaper, which produces these glyphs.
 */
final class ThaiPrivateUseGlyphs {

    private static final char WINDOWS_FIRST = '\uF700';
    private static final char WINDOWS_LAST = '\uF71A';
    private static final char MAC_FIRST = '\uF884';
    private static final char MAC_LAST = '\uF89E';

    private static final char[] WINDOWS = {
        '\u0E10',                                     // F700 THO THAN without descender
        '\u0E34', '\u0E35', '\u0E36', '\u0E37',       // F701-F704 above vowels shifted left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F705-F709 tone marks shifted down and left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F70A-F70E tone marks shifted down
        '\u0E0D',                                     // F70F YO YING without descender
        '\u0E31', '\u0E4D', '\u0E47',                 // F710-F712 MAI HAN-AKAT, NIKHAHIT, MAITAIKHU shifted left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F713-F717 tone marks shifted left
        '\u0E38', '\u0E39', '\u0E3A',                 // F718-F71A below vowels shifted down
    };

    private static final char[] MAC = {
        '\u0E31', '\u0E34', '\u0E35', '\u0E36', '\u0E37', '\u0E47', // F884-F889 above vowels shifted left
        '\u0E48', '\u0E48', '\u0E48',                 // F88A-F88C MAI EK: left, down, down and left
        '\u0E49', '\u0E49', '\u0E49',                 // F88D-F88F MAI THO
        '\u0E4A', '\u0E4A', '\u0E4A',                 // F890-F892 MAI TRI
        '\u0E4B', '\u0E4B', '\u0E4B',                 // F893-F895 MAI CHATTAWA
        '\u0E4C', '\u0E4C', '\u0E4C',                 // F896-F898 THANTHAKHAT
        '\u0E4D', '\u0E0D',                           // F899 NIKHAHIT, F89A YO YING without descender
        '\u0E38', '\u0E39', '\u0E3A',                 // F89B-F89D below vowels shifted down
        '\u0E10',                                     // F89E THO THAN without descender
    };

    private ThaiPrivateUseGlyphs() {
    }

    static boolean isThaiGlyph(char c) {
        return (c >= WINDOWS_FIRST && c <= WINDOWS_LAST) || (c >= MAC_FIRST && c <= MAC_LAST);
    }

    private static char standardFor(char glyph) {
        return glyph <= WINDOWS_LAST ? WINDOWS[glyph - WINDOWS_FIRST] : MAC[glyph - MAC_FIRST];
    }

    /**
     * Remaps each run of these glyphs that touches a Thai character. The same code points are private to
     * other fonts too (symbol fonts, icon fonts), so a run with no Thai on either side is left as it is.
     */
    static String remap(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!isThaiGlyph(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < text.length() && isThaiGlyph(text.charAt(runEnd))) {
                runEnd++;
            }
            boolean thaiBefore = i > 0 && ThaiCharacters.isThai(text.charAt(i - 1));
            boolean thaiAfter = runEnd < text.length() && ThaiCharacters.isThai(text.charAt(runEnd));
            if (thaiBefore || thaiAfter) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int j = i; j < runEnd; j++) {
                    out.setCharAt(j, standardFor(text.charAt(j)));
                }
            }
            i = runEnd;
        }
        return out == null ? text : out.toString();
    }
}
