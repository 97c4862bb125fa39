package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.normalize.ThaiDigits;

/**
 * Splits a table cell into list items: HTML paragraphs and list items, line breaks, numbered items
 * ("๑. … ๒. …") and dash or bullet items ("- …"). Markers are dropped; the item text is kept as written.
 */
final class CellItems {

    private static final Pattern BREAK_TAGS = Pattern.compile("(?i)<\\s*(?:/?p|/?li|br|/?ul|/?ol|/?div)\\b[^>]*>");
    private static final Pattern OTHER_TAGS = Pattern.compile("<[^>]{1,200}>");
    // a number that is not part of "๒.๑" or "พ.ศ.2548": starts the cell or follows a space
    private static final Pattern NUMBER_MARK = Pattern.compile("(?<=^|\\s)([0-9๐-๙]{1,2})[.)](?![0-9๐-๙.])\\s*");
    /**
     * Dashes and bullets that open a list item, as a character class: besides the Unicode ones, the Symbol and
     * Wingdings glyphs (U+F0B7, U+F0A7, …) that Word and LibreOffice write for list bullets.
     */
    static final String BULLETS = "[-•●▪◦·○■□➢✓\\uF0B7\\uF0A7\\uF076\\uF0D8\\uF0FC]";
    // a dash after a digit is a range ("๒๕๖๔ - ๒๕๖๕"), not an item
    private static final Pattern DASH_MARK = Pattern.compile("(?<=^|(?<![0-9๐-๙])\\s)" + BULLETS + "\\s*(?=\\S)");

    private CellItems() {
    }

    /** The cell as plain text: tags become line breaks, entities are decoded. */
    static String plain(String cell) {
        String s = BREAK_TAGS.matcher(cell).replaceAll("\n");
        s = OTHER_TAGS.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n")) {
            String t = line.strip().replaceAll("[ \\t\\u00A0]+", " ");
            if (!t.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(t);
            }
        }
        return out.toString();
    }

    /** The cell's list items, or its whole text as one item when it has no list. */
    static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        int[] expected = {1};
        for (String line : plain(cell).split("\n")) {
            for (String numbered : splitNumbered(line, expected)) {
                for (String item : splitDashed(numbered)) {
                    String t = item.strip().replaceAll("[\\s•●▪◦·\\uF0B7\\uF0A7]+$", "");
                    // a bullet left alone on its line (Tika writes "·" for Word bullets) is no item
                    if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        items.add(t);
                    }
                }
            }
        }
        return items;
    }

    /** Numbered markers count only in sequence, so a stray "3." inside a sentence does not split it. */
    private static List<String> splitNumbered(String line, int[] expected) {
        List<String> parts = new ArrayList<>();
        Matcher m = NUMBER_MARK.matcher(line);
        int start = 0;
        boolean first = true;
        while (m.find()) {
            int n = Integer.parseInt(ThaiDigits.toAscii(m.group(1)));
            if (n == expected[0] || (n == 1 && m.start() == 0)) {
                if (m.start() > start || !first) {
                    parts.add(line.substring(start, m.start()));
                }
                start = m.end();
                expected[0] = n + 1;
                first = false;
            }
        }
        parts.add(line.substring(start));
        return parts;
    }

    private static List<String> splitDashed(String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = DASH_MARK.matcher(text);
        int start = 0;
        while (m.find()) {
            parts.add(text.substring(start, m.start()));
            start = m.end();
        }
        parts.add(text.substring(start));
        return parts;
    }
}
