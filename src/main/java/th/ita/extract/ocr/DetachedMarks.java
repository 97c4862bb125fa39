package th.ita.extract.ocr;

import java.util.List;

/**
 * Removes the lines Tesseract makes of a text line's own marks. On a bilevel or bold scan the vowels and tone
 * marks above a Thai line ("ี ้ ั") can stand apart from their letters, and Tesseract then reads them as a short,
 * low line of letters of its own ("สณัขม" over "ตัวชีว"), which joins the line it belongs to as a word that
 * is not there and keeps a table header or a code from being recognised. Such a line is much lower than the
 * page's lines, no longer than a few words, and lies right against a full line it overlaps; a line of small print
 * is as long as its text and stands a line's gap away from the next.
 */
final class DetachedMarks {

    /** A marks line is lower than this share of the page's usual line height ... */
    static final double MAX_HEIGHT_SHARE = 0.5;
    /** ... no wider than this many line heights ... */
    static final double MAX_WIDTH_PER_HEIGHT = 3.0;
    /** ... and nearer than this share of a line height to a full line it overlaps. */
    static final double MAX_GAP_SHARE = 0.5;
    /** A word of a wide marks line is lower than this share of the usual line height and narrower than this. */
    static final double MAX_MARK_HEIGHT_SHARE = 0.6;
    static final double MAX_MARK_WIDTH_SHARE = 1.5;
    /** A full line is at least this share of the usual line height. */
    private static final double FULL_LINE_SHARE = 0.75;
    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("[-–—•·.…]+");

    private DetachedMarks() {
    }

    static HocrPage without(HocrPage page) {
        int[] heights = page.lines().stream().mapToInt(HocrPage.Line::height).sorted().toArray();
        if (heights.length < 3) {
            return page;
        }
        double usual = heights[heights.length / 2];
        List<HocrPage.Line> kept = page.lines().stream().filter(l -> !detached(l, page.lines(), usual)).toList();
        return kept.size() == page.lines().size() ? page : new HocrPage(page.width(), page.height(), kept);
    }

    private static boolean detached(HocrPage.Line line, List<HocrPage.Line> lines, double usual) {
        if (line.words().stream().allMatch(w -> LIST_MARKER.matcher(w.text()).matches())) {
            // a dash or a dot on a line of its own is a list marker or punctuation, not marks read as letters
            return false;
        }
        if (line.height() >= MAX_HEIGHT_SHARE * usual || line.right() - line.left() > MAX_WIDTH_PER_HEIGHT * usual) {
            return everyWordMarks(line, lines, usual);
        }
        for (HocrPage.Line full : lines) {
            if (full == line || full.height() < FULL_LINE_SHARE * usual) {
                continue;
            }
            int overlap = Math.min(line.right(), full.right()) - Math.max(line.left(), full.left());
            int gap = Math.max(full.top() - line.bottom(), line.top() - full.bottom());
            if (overlap > 0.5 * (line.right() - line.left()) && gap < MAX_GAP_SHARE * usual) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks of a whole table header or a long line can be read as one wide line of scattered signs ("๑ ๕ ay ๑7 ๐ a"
     * over "แบบ ตัวชวัด ไประเดนท่ต้องปรบปรุง"): then each of its words is a mark or two, small, and sits right
     * against a word of a full line.
     */
    private static boolean everyWordMarks(HocrPage.Line line, List<HocrPage.Line> lines, double usual) {
        for (HocrPage.Word word : line.words()) {
            if (word.bottom() - word.top() >= MAX_MARK_HEIGHT_SHARE * usual || word.right() - word.left() > MAX_MARK_WIDTH_SHARE * usual
                    || !againstAFullLine(word, line, lines, usual)) {
                return false;
            }
        }
        return !line.words().isEmpty();
    }

    private static boolean againstAFullLine(HocrPage.Word word, HocrPage.Line line, List<HocrPage.Line> lines, double usual) {
        for (HocrPage.Line full : lines) {
            if (full == line || full.height() < FULL_LINE_SHARE * usual) {
                continue;
            }
            for (HocrPage.Word letters : full.words()) {
                int overlap = Math.min(word.right(), letters.right()) - Math.max(word.left(), letters.left());
                int gap = Math.max(letters.top() - word.bottom(), word.top() - letters.bottom());
                if (overlap > 0 && gap < MAX_GAP_SHARE * usual) {
                    return true;
                }
            }
        }
        return false;
    }
}
