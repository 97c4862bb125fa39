package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.OitItem;
import th.ita.normalize.ThaiDigits;

/** Finds open-data items such as "(O๑๑) รายงานการกำกับติดตาม…" in a cell and splits the cell at them. */
final class OitItems {

    // "(O๑)", "(O 1)", "O1 " before a name; a bare "O1" inside a word is not an item
    static final Pattern CODE = Pattern.compile(
            "\\(\\s*[OoＯ]\\s*\\.?\\s*([0-9๐-๙]{1,2})\\s*\\)|(?<![A-Za-z0-9])[OＯ]\\s?([0-9๐-๙]{1,2})(?![0-9๐-๙.])");

    private record Mark(int start, int end, String code) {
    }

    private OitItems() {
    }

    static boolean present(String text) {
        return CODE.matcher(text).find();
    }

    /** The items in order, codes with ASCII digits and a capital O, names as written. */
    static List<OitItem> parse(String text) {
        String flat = flat(text);
        List<Mark> marks = marks(flat);
        List<OitItem> items = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1).start() : flat.length();
            String name = flat.substring(marks.get(i).end(), end).strip().replaceAll("^[:.\\-–\\s]+|[,;\\s]+$", "");
            items.add(new OitItem(marks.get(i).code(), name));
        }
        return items;
    }

    /** The cell split at item codes, each piece as written ("(O๑) โครงสร้าง"), text before the first code too. */
    static List<String> segments(String text) {
        String flat = flat(text);
        List<Mark> marks = marks(flat);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (Mark mark : marks) {
            add(out, flat.substring(start, mark.start()));
            start = mark.start();
        }
        add(out, flat.substring(start));
        return out;
    }

    private static void add(List<String> out, String piece) {
        String p = piece.strip().replaceAll("^[-•]\\s*", "");
        if (!p.isEmpty()) {
            out.add(p);
        }
    }

    private static String flat(String text) {
        return CellItems.plain(text).replaceAll("\\s+", " ");
    }

    /** The code a match of {@link #CODE} writes, with ASCII digits and a capital O. */
    static String codeOf(Matcher m) {
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        return "O" + Integer.parseInt(ThaiDigits.toAscii(digits));
    }

    private static List<Mark> marks(String flat) {
        List<Mark> marks = new ArrayList<>();
        Matcher m = CODE.matcher(flat);
        while (m.find()) {
            marks.add(new Mark(m.start(), m.end(), codeOf(m)));
        }
        return marks;
    }
}
