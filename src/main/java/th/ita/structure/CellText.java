package th.ita.structure;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import th.ita.extract.WordBox;

/**
 * A table cell's words joined back into its text: a wrapped line continues its sentence, while a larger gap or a
 * list marker starts a new paragraph, kept as '\n' so list items stay apart. Whether a wrapped line continues
 * with a space is read from the glyphs, never from the line break alone: a line the source broke at a space ends
 * with the space glyph, so on a page whose words carry space glyphs a line without one broke inside a word
 * ("ผู้รับ / ผิด / ชอ / บ" → "ผู้รับผิดชอบ", "๒๕ / ๖๔" → "๒๕๖๔", "E-Servi / ce" → "E-Service"). Where the
 * words carry none (OCR), Thai letters join without a space and other text with one.
 */
final class CellText {

    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:[0-9๐-๙]{1,2}[.)](?![0-9๐-๙])|" + CellItems.BULLETS + "|\\(\\s*[Oo]).*", Pattern.DOTALL);

    private final UnaryOperator<String> normalizer;
    /** The page's words carry the source's space glyphs, so a line ending without one broke inside a word. */
    private final boolean spacesMarked;

    CellText(UnaryOperator<String> normalizer) {
        this(normalizer, false);
    }

    private CellText(UnaryOperator<String> normalizer, boolean spacesMarked) {
        this.normalizer = normalizer;
        this.spacesMarked = spacesMarked;
    }

    /** This reading for the cells of one page, knowing whether the page's words mark spaces. */
    CellText on(List<WordBox> pageWords) {
        return new CellText(normalizer, pageWords.stream().anyMatch(LineGrouping::endsWithSpace));
    }

    /**
     * The cell's text. It ends with one space when its last line ended with a space glyph, so that a row a page
     * break cut can be joined to its rest as the source wrote it ({@link #joinCarried}); strip it otherwise.
     */
    String of(List<WordBox> words) {
        List<List<WordBox>> lines = LineGrouping.lines(words);
        // the smallest step between lines is single spacing; a wider step is a paragraph break
        double pitch = Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            pitch = Math.min(pitch, lines.get(i).get(0).y() - lines.get(i - 1).get(0).y());
        }
        StringBuilder out = new StringBuilder();
        List<WordBox> previous = null;
        for (List<WordBox> line : lines) {
            String text = normalizer.apply(LineGrouping.text(line)).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (previous != null) {
                double step = line.get(0).y() - previous.get(0).y();
                boolean paragraph = step > pitch * 1.3 || startsItem(text) && !insideParenthesis(out);
                out.append(paragraph ? "\n" : wrap(out, text, LineGrouping.endsWithSpace(previous)));
            }
            out.append(text);
            previous = line;
        }
        if (previous != null && LineGrouping.endsWithSpace(previous)) {
            out.append(' ');
        }
        return out.toString();
    }

    /** Whether a line opens a list item ("๒.", "-", "(O…"), so it starts a paragraph rather than continuing one. */
    static boolean startsItem(String line) {
        return ITEM_START.matcher(line.lines().findFirst().orElse("")).matches();
    }

    /**
     * Whether the text's last paragraph has a parenthesis still open: a narrow column wraps "(O๑๓)" into "(O๑" and
     * "๓)", and that "๓)" goes on the code, it opens no list item.
     */
    private static boolean insideParenthesis(CharSequence text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth--;
            } else if (c == '(') {
                depth++;
            }
        }
        return depth > 0;
    }

    /**
     * A cell whose row a page break cut, joined to the rest of it at the top of the next page: as a wrapped line
     * (the space the first part ends with says whether the source had one), or as a new paragraph when the rest
     * opens a list item.
     */
    String joinCarried(String before, String after) {
        String rest = after.strip();
        if (before.isBlank() || rest.isEmpty()) {
            return (before + after).strip();
        }
        String start = before.stripTrailing();
        boolean space = start.length() < before.length();
        String joint = startsItem(rest) && !insideParenthesis(start) ? "\n" : wrap(start, rest, space);
        return start + joint + rest;
    }

    private String wrap(CharSequence before, String after, boolean spaceGlyph) {
        if (spaceGlyph) {
            return " ";
        }
        return spacesMarked ? "" : ThaiText.joiner(before, after);
    }
}
