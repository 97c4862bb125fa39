package th.ita.structure.golden;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the normaliser (branch normalize) until it is merged: only the repairs PDF text needs for
 * the golden tests to compare like with like. Replaced by ThaiTextNormalizer after the merge.
 */
public final class StandInThaiNormalizer implements UnaryOperator<String> {

    private static final Pattern MARKS = Pattern.compile("[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]{2,}");

    @Override
    public String apply(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u00AD') {
                continue;
            }
            s.append(pua(c));
        }
        String t = s.toString();
        t = t.replaceAll("[ \\t]+(?=[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E])", "");
        t = t.replaceAll("\\u0E4D([\\u0E48-\\u0E4B]?)\\u0E32", "$1\u0E33");
        t = t.replaceAll("([\\u0E01-\\u0E2E][\\u0E48-\\u0E4B]?) \\u0E32", "$1\u0E33");
        Matcher m = MARKS.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // vowel marks before tone marks: "ท่ี" is ที่
            String marks = m.group();
            StringBuilder vowels = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char c : marks.toCharArray()) {
                (c >= '\u0E48' && c <= '\u0E4C' ? tones : vowels).append(c);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(vowels.toString() + tones));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static char pua(char c) {
        if (c == '\uF700') return '\u0E10';
        if (c >= '\uF701' && c <= '\uF704') return (char) (c - 0xF701 + 0x0E34);
        if (c >= '\uF705' && c <= '\uF709') return (char) (c - 0xF705 + 0x0E48);
        if (c >= '\uF70A' && c <= '\uF70E') return (char) (c - 0xF70A + 0x0E48);
        if (c == '\uF70F') return '\u0E0D';
        if (c == '\uF710') return '\u0E31';
        if (c == '\uF711') return '\u0E4D';
        if (c == '\uF712') return '\u0E47';
        if (c >= '\uF713' && c <= '\uF717') return (char) (c - 0xF713 + 0x0E48);
        if (c >= '\uF718' && c <= '\uF71A') return (char) (c - 0xF718 + 0x0E38);
        return c;
    }
}
