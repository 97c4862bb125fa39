package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import th.ita.extract.WordBox;

/**
 * Column bounds read from a stretch of a table body's own words, for tables whose rows each size their columns:
 * a DOCX that LibreOffice writes from HTML gives every row widths of its own, so a row's cells cross the gaps
 * between the header's cells and read as running text. The stretch's words still leave an empty vertical strip
 * between two columns, however narrow. Each run of words between such strips belongs to the header cell whose
 * middle it covers, else to the one it overlaps most (or stands nearest); a run that reaches over the middles of
 * two header cells is running text, and ends the stretch. A stretch is taken for rows of the table only when a row
 * code opens one of its lines.
 */
final class BodyColumns {

    /** Lines {@code [start, end)} of a page, with the column bounds their own words leave. */
    record Stretch(int start, int end, List<Double> bounds) {
    }

    /** Words closer than this (points) are one run: glyph pieces of a word, or its letters kerned together. */
    private static final double TOUCH = 0.5;
    /** Lines a row code in a narrow column may wrap into. */
    private static final int CODE_LINES = 4;
    /** A list bullet alone: it stands left of its item's text, in the strip between two columns. */
    private static final Pattern BULLET = Pattern.compile(CellItems.BULLETS);

    private BodyColumns() {
    }

    /**
     * The stretch that goes on from line {@code from}, the first line of a table body to cross the gaps between
     * the header's cells, up to {@code limit} (the next header) or a vertical gap wider than {@code endGap}. It
     * reaches back over lines right above {@code from} (down to {@code floor}) that stand less than a row's
     * padding apart from it, as the first lines of a row whose cells are centred vertically do.
     */
    static Optional<Stretch> from(List<List<WordBox>> lines, int floor, int from, int limit, List<double[]> header,
                                  double endGap) {
        List<WordBox> words = new ArrayList<>();
        List<double[]> columns = null;
        int end = from;
        for (int k = from; k < limit; k++) {
            if (k > from && BorderlessTables.step(lines, k) > endGap) {
                break;
            }
            words.addAll(lines.get(k));
            Optional<List<double[]>> read = columns(words, header);
            if (read.isEmpty()) {
                break;
            }
            columns = read.get();
            end = k + 1;
        }
        if (columns == null || end - from < 2) {
            return Optional.empty();
        }
        List<Double> bounds = bounds(columns, header);
        int start = from;
        double pitch = BorderlessRows.columnPitch(lines.subList(from, end), bounds);
        while (start > floor && pitch > 0 && BorderlessTables.step(lines, start) < BorderlessRows.ROW_GAP * pitch) {
            List<WordBox> wider = new ArrayList<>(words);
            wider.addAll(lines.get(start - 1));
            Optional<List<double[]>> read = columns(wider, header);
            if (read.isEmpty()) {
                break;
            }
            words = wider;
            columns = read.get();
            start--;
        }
        bounds = bounds(columns, header);
        return opensRow(lines.subList(start, end), bounds)
                ? Optional.of(new Stretch(start, end, bounds)) : Optional.empty();
    }

    /**
     * Whether a row code opens a cell of the first two columns somewhere in the stretch. The code is read over the
     * next lines that hold words of its column: in a row whose cells are centred vertically, its neighbours' lines
     * fall between its own.
     */
    private static boolean opensRow(List<List<WordBox>> stretch, List<Double> bounds) {
        for (int i = 0; i < stretch.size(); i++) {
            int column = BorderlessTables.column(stretch.get(i).get(0), bounds);
            if (column > 1) {
                continue;
            }
            StringBuilder code = new StringBuilder();
            int held = 0;
            for (int j = i; j < stretch.size() && held < CODE_LINES; j++) {
                List<WordBox> cell = stretch.get(j).stream()
                        .filter(w -> BorderlessTables.column(w, bounds) == column).toList();
                if (!cell.isEmpty()) {
                    code.append(LineGrouping.text(cell)).append(LineGrouping.endsWithSpace(cell) ? " " : "");
                    held++;
                }
            }
            if (BorderlessRows.opensRow(code.toString().strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bounds for body lines read under a header whose gaps their words cover, when their runs of words still stand
     * apart in the header's columns (at least two of them filled); empty when some run reaches over two header
     * cells' middles: those header cells were one cell written as two words.
     */
    static Optional<List<Double>> under(List<List<WordBox>> body, List<double[]> header) {
        List<WordBox> words = new ArrayList<>();
        body.forEach(words::addAll);
        return columns(words, header).filter(c -> c.stream().filter(Objects::nonNull).count() >= 2)
                .map(c -> bounds(c, header));
    }

    /**
     * The x extent of the words in each header column, {@code null} for a column the words leave empty; empty when
     * a run of words reaches over the middles of two header cells or the runs do not stand in the header's order.
     */
    private static Optional<List<double[]>> columns(List<WordBox> words, List<double[]> header) {
        List<double[]> columns = new ArrayList<>();
        header.forEach(h -> columns.add(null));
        int last = -1;
        for (double[] run : runs(words)) {
            int centres = 0;
            int centred = -1;
            int best = -1;
            double bestOverlap = 0;
            double nearest = Double.MAX_VALUE;
            for (int c = 0; c < header.size(); c++) {
                double[] cell = header.get(c);
                double middle = (cell[0] + cell[1]) / 2;
                if (run[0] <= middle && middle <= run[1]) {
                    centres++;
                    centred = c;
                }
                double overlap = Math.min(run[1], cell[1]) - Math.max(run[0], cell[0]);
                double distance = Math.abs((run[0] + run[1]) / 2 - middle);
                if (overlap > bestOverlap || bestOverlap == 0 && overlap <= 0 && distance < nearest) {
                    best = c;
                    bestOverlap = Math.max(bestOverlap, overlap);
                    nearest = distance;
                }
            }
            // a run over a header cell's middle is that cell's column, though it may reach further into the next
            best = centres == 1 ? centred : best;
            if (centres > 1 || best < last) {
                return Optional.empty();
            }
            double[] column = columns.get(best);
            columns.set(best, column == null ? run.clone() : new double[] {column[0], Math.max(column[1], run[1])});
            last = best;
        }
        return Optional.of(columns);
    }

    /** The runs of words that overlap horizontally, left to right, a bullet counted with the run right of it. */
    private static List<double[]> runs(List<WordBox> words) {
        List<WordBox> text = new ArrayList<>();
        List<Double> bullets = new ArrayList<>();
        for (WordBox w : words) {
            if (BULLET.matcher(w.text().strip()).matches()) {
                bullets.add(w.x());
            } else {
                text.add(w);
            }
        }
        List<double[]> runs = BorderlessTables.columnsOf(text, TOUCH);
        bullets.sort(Double::compare);
        for (double bullet : bullets) {
            for (int r = 0; r < runs.size(); r++) {
                double[] run = runs.get(r);
                if (run[1] > bullet) {
                    run[0] = Math.min(run[0], bullet);
                    if (r > 0 && runs.get(r - 1)[1] + TOUCH > run[0]) {
                        runs.get(r - 1)[1] = Math.max(runs.get(r - 1)[1], run[1]);
                        runs.remove(r);
                    }
                    break;
                }
            }
        }
        return runs;
    }

    /**
     * Bounds between the columns: the middle of the strip between two filled neighbours; beside an empty column
     * the header's own bound, kept inside the strip the words leave.
     */
    private static List<Double> bounds(List<double[]> columns, List<double[]> header) {
        List<Double> bounds = new ArrayList<>();
        for (int k = 0; k + 1 < header.size(); k++) {
            double left = -Double.MAX_VALUE;
            double right = Double.MAX_VALUE;
            for (int c = 0; c <= k; c++) {
                if (columns.get(c) != null) {
                    left = columns.get(c)[1];
                }
            }
            for (int c = header.size() - 1; c > k; c--) {
                if (columns.get(c) != null) {
                    right = columns.get(c)[0];
                }
            }
            boolean bothFilled = columns.get(k) != null && columns.get(k + 1) != null;
            double own = (header.get(k)[1] + header.get(k + 1)[0]) / 2;
            bounds.add(bothFilled ? (left + right) / 2 : Math.max(left, Math.min(right, own)));
        }
        return bounds;
    }
}
