package th.ita.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import th.ita.extract.WordBox;

/** Where the body of a table without borders is cut into rows, from gaps, drawn rules and first-column codes. */
final class BorderlessRows {

    /** A step between lines wider than this share of the line spacing is the padding between two rows. */
    static final double ROW_GAP = 1.08;
    /** Codes that open a row in the first column: a measure number, an indicator, an assessment form or item. */
    static final Pattern ROW_ANCHOR = Pattern.compile(
            "^(?:[0-9๐-๙]{1,2}\\s?\\.\\s?[0-9๐-๙]{1,2}|ตัวชี้วัดที่|ตัวชีว้ัดที่|IIT|EIT|OIT|[Oo][0-9๐-๙]{1,2}\\b).*");

    /** Lines a code in a narrow first column may wrap into. */
    private static final int CODE_LINES = 4;
    /** "ตัวชี้วัดที่" as PDF text gives it whatever the order of its marks. */
    private static final String INDICATOR_SKELETON = ThaiText.skeleton("ตัวชี้วัดที่");
    /** The assessment forms a row of an indicators table may open with. */
    private static final List<String> FORMS = List.of("IIT", "EIT", "OIT");

    private BorderlessRows() {
    }

    /**
     * A table body's rows, and whether its rows' codes stand below the rows' tops, as in a table that centres its
     * cells vertically (seen once, it holds for the document's later pages).
     */
    record BodyRows(List<List<WordBox>> rows, boolean centred) {
    }

    /**
     * The body lines cut into rows. Candidate cuts are steps wider than the line
     * spacing in every column (the padding between rows) and drawn horizontal rules. When the first column holds
     * codes, each row holds one: between two codes only the widest candidate cut is kept (paragraph spacing inside
     * tall cells makes others), or the cut falls right before the code when there is none; above the first code
     * only a table continued from the page before may keep one (its carried-over row), and below the last none;
     * a continued table without codes is one carried-over row. {@code centredBefore}: an earlier table of the
     * document centred its cells.
     */
    static BodyRows rows(List<List<WordBox>> body, List<Double> bounds, List<Double> rules, boolean continued,
                         boolean centredBefore) {
        List<List<WordBox>> rows = new ArrayList<>();
        double pitch = columnPitch(body, bounds);
        double[] cut = new double[body.size()];
        List<Integer> anchors = new ArrayList<>();
        List<Integer> under = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            List<WordBox> line = body.get(i);
            if (opensRow(body, i, bounds)) {
                (BorderlessTables.column(line.get(0), bounds) == 0 ? anchors : under).add(i);
            }
            if (i > 0 && ruledBetween(body.get(i - 1), line, rules)) {
                cut[i] = Double.MAX_VALUE;
            } else if (i > 0 && BorderlessTables.step(body, i) > ROW_GAP * pitch) {
                cut[i] = BorderlessTables.step(body, i);
            }
        }
        anchors = withSecondColumn(anchors, under, body.size());
        boolean centredHere = centred(cut, anchors);
        if (!anchors.isEmpty()) {
            int first = anchors.get(0);
            // one code on the page: its row centres it as the document's earlier rows did when its row's text
            // runs on right above it, with no row gap between
            boolean centred = continued && (centredHere || centredBefore && first > 0 && cut[first] == 0);
            for (int a = 0; a + 1 < anchors.size(); a++) {
                keepOne(cut, anchors.get(a) + 1, anchors.get(a + 1));
            }
            keepNone(cut, anchors.get(anchors.size() - 1) + 1, body.size() - 1);
            if (centred) {
                // a code centred in its cell (HTML's default) has its row's first lines above it: the lines above
                // the first code are the rest of the page before's row only as far as the code stays centred in
                // what is left of its own row
                keepCentred(cut, body, first, bounds, pitch);
            } else if (continued) {
                keepOne(cut, 1, first);
            } else {
                keepNone(cut, 1, first);
            }
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
        return new BodyRows(rows, centredBefore || centredHere);
    }

    /**
     * Whether line {@code i} opens a row: its first column, or the second where the first is empty on that line
     * (an indicator under the form of the row above), opens with a code. A narrow column wraps the code itself
     * ("II" / "T", "ตัวชี้" / "วัดที่"), so the column's next lines are read on as a wrapped cell would be.
     */
    static boolean opensRow(List<List<WordBox>> body, int i, List<Double> bounds) {
        int column = BorderlessTables.column(body.get(i).get(0), bounds);
        if (column > 1) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        int j = i;
        for (; j < Math.min(body.size(), i + CODE_LINES); j++) {
            List<WordBox> line = body.get(j);
            List<WordBox> cell = line.stream().filter(w -> BorderlessTables.column(w, bounds) == column).toList();
            if (cell.isEmpty() || j > i && BorderlessTables.column(line.get(0), bounds) < column) {
                break;
            }
            text.append(LineGrouping.text(cell)).append(LineGrouping.endsWithSpace(cell) ? " " : "");
        }
        String opening = text.toString().strip();
        String skeleton = ThaiText.skeleton(opening);
        if (opensRow(opening) || column == 0 && lostLetterOfForm(opening) && indicatorBeside(body.get(i), bounds)) {
            return true;
        }
        // a code the foot of the page cut ("II", "ตัวชี้"): its rest opens the next page; one letter of a form
        // ("E") only beside the cut indicator of its row
        boolean formCut = !opening.isEmpty() && FORMS.stream().anyMatch(f -> f.startsWith(opening));
        boolean formOpens = formCut && (opening.length() >= 2 || column == 0 && indicatorBeside(body.get(i), bounds));
        return j == body.size() && (formOpens || skeleton.length() >= 3 && INDICATOR_SKELETON.startsWith(skeleton));
    }

    /**
     * Whether a first-column cell is an assessment form OCR lost a letter of ("IT" for IIT, "OT" for OIT), a speck
     * it read beside it aside: its Latin capitals, two at least, are the form's letters in order less one.
     */
    private static boolean lostLetterOfForm(String cell) {
        String letters = cell.replaceAll("[^A-Z]", "");
        return letters.length() >= 2 && FORMS.stream().anyMatch(f -> f.length() == letters.length() + 1
                && IntStream.range(0, f.length())
                        .anyMatch(k -> (f.substring(0, k) + f.substring(k + 1)).equals(letters)));
    }

    /** Whether the line's second column opens with (a piece of) "ตัวชี้วัดที่". */
    private static boolean indicatorBeside(List<WordBox> line, List<Double> bounds) {
        String skeleton = ThaiText.skeleton(LineGrouping.text(
                line.stream().filter(w -> BorderlessTables.column(w, bounds) == 1).toList()));
        return skeleton.length() >= 3
                && (INDICATOR_SKELETON.startsWith(skeleton) || skeleton.startsWith(INDICATOR_SKELETON));
    }

    /** Whether a cell opens with a row code, "ตัวชี้วัดที่" whatever marks the source or OCR kept of it. */
    static boolean opensRow(String cell) {
        return ROW_ANCHOR.matcher(cell).matches() || ThaiText.skeleton(cell).startsWith(INDICATOR_SKELETON);
    }

    /**
     * The rows' first lines: codes in the first column, and codes in the second column where the first holds
     * none before the next such code. A cell centred vertically (HTML's default) puts the form ("EIT") below the
     * first line of its indicator, and that row is opened by the form; a row that leaves the form empty (the one
     * above's form goes on) is opened by its indicator.
     */
    private static List<Integer> withSecondColumn(List<Integer> first, List<Integer> second, int lines) {
        List<Integer> anchors = new ArrayList<>(first);
        for (int k = 0; k < second.size(); k++) {
            int from = second.get(k);
            int to = k + 1 < second.size() ? second.get(k + 1) : lines;
            if (first.stream().noneMatch(a -> a > from && a < to)) {
                anchors.add(from);
            }
        }
        anchors.sort(Integer::compare);
        return anchors;
    }

    /** Keeps the widest cut among lines {@code from..to}, or with none there cuts before line {@code to}. */
    private static void keepOne(double[] cut, int from, int to) {
        int widest = widest(cut, from, to);
        keepNone(cut, from, to);
        if (to > 0) {
            cut[widest < 0 ? to : widest] = 1;
        }
    }

    /** Whether rows start above their codes: the widest gap between two codes lies before the second one. */
    private static boolean centred(double[] cut, List<Integer> anchors) {
        for (int a = 0; a + 1 < anchors.size(); a++) {
            int widest = widest(cut, anchors.get(a) + 1, anchors.get(a + 1));
            if (widest > 0 && widest < anchors.get(a + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps, among the cuts above the first code (or none), the one that leaves the code's cell nearest the middle
     * of its row: the row runs from the cut to the next cut kept below the code, and the cell is the code's run of
     * lines in its column.
     */
    private static void keepCentred(double[] cut, List<List<WordBox>> body, int first, List<Double> bounds,
                                    double pitch) {
        int end = first + 1;
        while (end < body.size() && cut[end] == 0) {
            end++;
        }
        double bottom = LineGrouping.bottom(body.get(end - 1));
        double[] cell = cellExtent(body, first, end, bounds, pitch);
        double middle = (cell[0] + cell[1]) / 2;
        int best = 0;
        double offset = Math.abs((LineGrouping.top(body.get(0)) + bottom) / 2 - middle);
        for (int i = 1; i <= first; i++) {
            double off = Math.abs((LineGrouping.top(body.get(i)) + bottom) / 2 - middle);
            if (cut[i] > 0 && off < offset) {
                best = i;
                offset = off;
            }
        }
        keepNone(cut, 1, first);
        if (best > 0) {
            cut[best] = 1;
        }
    }

    /** The top and bottom of the cell opened by line {@code from}: its column's lines a line step apart. */
    private static double[] cellExtent(List<List<WordBox>> body, int from, int end, List<Double> bounds, double pitch) {
        int column = BorderlessTables.column(body.get(from).get(0), bounds);
        double top = LineGrouping.top(body.get(from));
        double bottom = LineGrouping.bottom(body.get(from));
        double last = top;
        for (int i = from + 1; i < end; i++) {
            List<WordBox> cell = body.get(i).stream().filter(w -> BorderlessTables.column(w, bounds) == column).toList();
            if (cell.isEmpty()) {
                continue;
            }
            if (LineGrouping.top(cell) - last > ROW_GAP * pitch) {
                break;
            }
            last = LineGrouping.top(cell);
            bottom = LineGrouping.bottom(cell);
        }
        return new double[] {top, bottom};
    }

    private static int widest(double[] cut, int from, int to) {
        int widest = -1;
        for (int i = from; i <= to; i++) {
            if (cut[i] > 0 && (widest < 0 || cut[i] >= cut[widest])) {
                widest = i;
            }
        }
        return widest;
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
    static double columnPitch(List<List<WordBox>> body, List<Double> bounds) {
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
