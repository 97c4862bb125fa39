package th.ita.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import th.ita.extract.WordBox;

/** Where the body of a table without borders is cut into rows, from gaps, drawn rules and first-column codes. */
final class BorderlessRows {

    /** A step between lines wider than this share of the line spacing is the padding between two rows. */
    private static final double ROW_GAP = 1.08;
    /** Codes that open a row in the first column: a measure number, an indicator, an assessment form or item. */
    static final Pattern ROW_ANCHOR = Pattern.compile(
            "^(?:[0-9๐-๙]{1,2}\\s?\\.\\s?[0-9๐-๙]{1,2}|ตัวชี้วัดที่|ตัวชีว้ัดที่|IIT|EIT|OIT|[Oo][0-9๐-๙]{1,2}\\b).*");

    private BorderlessRows() {
    }

    /**
     * The body lines cut into rows. Candidate cuts are steps wider than the line
     * spacing in every column (the padding between rows) and drawn horizontal rules. When the first column holds
     * codes, each row holds one: between two codes only the widest candidate cut is kept (paragraph spacing inside
     * tall cells makes others), or the cut falls right before the code when there is none; above the first code
     * only a table continued from the page before may keep one (its carried-over row), and below the last none;
     * a continued table without codes is one carried-over row.
     */
    static List<List<WordBox>> rows(List<List<WordBox>> body, List<Double> bounds, List<Double> rules,
                                    boolean continued) {
        return rows(body, bounds, rules, continued, false);
    }

    /**
     * The body under a header repeated at the top of a page whose table went on from the page before: lines above
     * the first code are the foot of the row the page break cut only when a gap (row padding) or a rule parts
     * them from the rest; with none they belong to the first code's row, whose code sits lower in its cell.
     */
    static List<List<WordBox>> rowsUnderRepeatedHeader(List<List<WordBox>> body, List<Double> bounds, List<Double> rules) {
        return rows(body, bounds, rules, true, true);
    }

    private static List<List<WordBox>> rows(List<List<WordBox>> body, List<Double> bounds, List<Double> rules,
                                            boolean continued, boolean footOnlyAtGap) {
        List<List<WordBox>> rows = new ArrayList<>();
        double pitch = columnPitch(body, bounds);
        double[] cut = new double[body.size()];
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            List<WordBox> line = body.get(i);
            if (opensRow(line, bounds)) {
                anchors.add(i);
            }
            if (i > 0 && ruledBetween(body.get(i - 1), line, rules)) {
                cut[i] = Double.MAX_VALUE;
            } else if (i > 0 && BorderlessTables.step(body, i) > ROW_GAP * pitch) {
                cut[i] = BorderlessTables.step(body, i);
            }
        }
        if (!anchors.isEmpty()) {
            int first = anchors.get(0);
            if (continued && footOnlyAtGap) {
                keepWidest(cut, 1, first);
            } else if (continued) {
                keepOne(cut, 1, first);
            } else {
                keepNone(cut, 1, first);
            }
            for (int a = 0; a + 1 < anchors.size(); a++) {
                keepOne(cut, anchors.get(a) + 1, anchors.get(a + 1));
            }
            keepNone(cut, anchors.get(anchors.size() - 1) + 1, body.size() - 1);
        } else if (continued) {
            // the foot of a row carried over from the page before, codes in its first column starting no new row
            keepNone(cut, 1, body.size() - 1);
        }
        List<WordBox> row = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (i > 0 && cut[i] > 0 && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.addAll(body.get(i));
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** Whether a line opens a row: its first word stands in the first column and is a code. */
    static boolean opensRow(List<WordBox> line, List<Double> bounds) {
        return BorderlessTables.column(line.get(0), bounds) == 0 && ROW_ANCHOR.matcher(line.get(0).text().strip()).matches();
    }

    /** Keeps the widest cut among lines {@code from..to}, or with none there cuts before line {@code to}. */
    private static void keepOne(double[] cut, int from, int to) {
        if (!keepWidest(cut, from, to) && to > 0) {
            cut[to] = 1;
        }
    }

    /** Keeps only the widest cut among lines {@code from..to}; whether there was one. */
    private static boolean keepWidest(double[] cut, int from, int to) {
        int widest = -1;
        for (int i = Math.max(1, from); i <= to && i < cut.length; i++) {
            if (cut[i] > 0 && (widest < 0 || cut[i] >= cut[widest])) {
                widest = i;
            }
        }
        keepNone(cut, from, to);
        if (widest > 0) {
            cut[widest] = 1;
        }
        return widest > 0;
    }

    /** Drops the cuts among lines {@code from..to} that no drawn rule makes. */
    private static void keepNone(double[] cut, int from, int to) {
        for (int i = Math.max(1, from); i <= to && i < cut.length; i++) {
            if (cut[i] != Double.MAX_VALUE) {
                cut[i] = 0;
            }
        }
    }

    /**
     * Single line spacing inside cells: the lower quartile of the steps between consecutive lines of one column.
     * With no column holding two lines every line is a row of its own.
     */
    private static double columnPitch(List<List<WordBox>> body, List<Double> bounds) {
        List<Double> steps = new ArrayList<>();
        double[] lastTop = new double[bounds.size() + 1];
        Arrays.fill(lastTop, Double.NaN);
        for (List<WordBox> line : body) {
            boolean[] seen = new boolean[bounds.size() + 1];
            for (WordBox w : line) {
                int c = BorderlessTables.column(w, bounds);
                if (seen[c]) {
                    continue;
                }
                seen[c] = true;
                double top = LineGrouping.top(line);
                if (!Double.isNaN(lastTop[c])) {
                    steps.add(top - lastTop[c]);
                }
                lastTop[c] = top;
            }
        }
        if (steps.isEmpty()) {
            return 0;
        }
        steps.sort(Double::compare);
        return steps.get(steps.size() / 4);
    }

    private static boolean ruledBetween(List<WordBox> above, List<WordBox> below, List<Double> rules) {
        double from = LineGrouping.bottom(above) - 1;
        double to = LineGrouping.top(below) + 1;
        return rules.stream().anyMatch(y -> y > from && y < to);
    }

}
