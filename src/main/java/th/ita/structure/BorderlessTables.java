package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import th.ita.extract.RulingLine;
import th.ita.extract.WordBox;

/**
 * Tables read from word positions alone, for pages whose tables have no drawn borders (or only some): PDF glyph
 * words and OCR word boxes alike. The header row is found by its vocabulary, its cells being the runs of words
 * that stand over one another however many short lines a narrow column wraps them into. Column bounds lie in
 * the whitespace between header cells that the body's words leave empty (a projection profile of the body); a
 * header cell with no empty gap below it beside its neighbour was one cell written as two words. Rows are cut
 * where every column leaves a gap wider than its line spacing (cell padding), at drawn horizontal rules, and
 * where the first column starts a new code. A table ends at a line crossing a column gap or after a wide
 * vertical gap; one that runs to the foot of a page continues on the next page's top lines, with or without a
 * repeated header. One instance reads one document, page after page.
 */
final class BorderlessTables {

    /** The tables found, placed at their top, and the words left for running text. */
    record Reading(List<PlacedBlock> tables, List<WordBox> free) {
    }

    /** Lines a header may wrap into: a six-letter word in a column one letter wide is the worst seen. */
    private static final int MAX_HEADER_LINES = 12;
    /**
     * A vertical gap wider than this many word heights ends a table; narrower ones are paragraph spacing inside a
     * tall cell while its neighbours are empty.
     */
    private static final double TABLE_END_GAP = 8;
    /** A short line standing this many word heights above the rest of the page is a running head or page number. */
    private static final double RUNNING_HEAD_GAP = 2.5;
    private static final int RUNNING_HEAD_LETTERS = 8;
    /** A line under a table up to this long may be a page footer ("หน้า ๓ จาก ๑๒"); a heading is longer. */
    private static final int PAGE_FOOT_LETTERS = 20;
    /** Marks OCR makes of dust and rule strokes; list dashes and bullets are not among them. */
    private static final Pattern SPECK = Pattern.compile("[|!,.'\":;_`~]+");
    /** Words closer than this (points) are pieces of one word, not cells. */
    private static final double GLYPH_GAP = 1.0;
    /** A step below the header wider than this share of the steps inside it is the padding under the header. */
    private static final double HEADER_GAP = 1.08;
    /** Line pitch in word heights below which a step between header lines is no gap under the header. */
    private static final double LINE_PITCH = 1.2;
    /** A step between two lines this many times the step beside it parts a header from the lines above it. */
    private static final double HEADER_SPAN_GAP = 2.5;
    /** Header words closer than this many word heights may be one cell's words a space apart. */
    private static final double SPACE = 0.5;
    /** A gap between header cells at least this many word heights wide is a column gap no cell's word covers. */
    private static final double WIDE_GAP = 0.6;

    /** How the cells of the page being read join their words. */
    private CellText cellText;
    /** The header cells of a table that ran to the foot of the previous page. */
    private List<double[]> open = List.of();
    /** How well that table's header named its fields ({@link #headerScore}). */
    private int openScore;
    /** An earlier table of the document centred its cells vertically ({@link BorderlessRows.BodyRows}). */
    private boolean centredCells;

    /**
     * The columns a header row names, or empty when the cells are no measures or indicators header. The one place
     * header vocabulary is consulted here.
     */
    static Optional<TableColumns> headerColumns(List<String> cells) {
        return TableColumns.ofHeader(cells);
    }

    /** The tables among one page's words, their cells joined by {@code pageText}. */
    Reading read(List<WordBox> words, List<RulingLine> rulings, CellText pageText) {
        cellText = pageText;
        // OCR reads stray dots and the strokes of undetected rules as words of punctuation: they would cross
        // column gaps and split header cells, so the table geometry is found without them (and they are dropped)
        List<WordBox> specks = words.stream().filter(w -> SPECK.matcher(w.text().strip()).matches()).toList();
        List<List<WordBox>> lines = LineGrouping.lines(words.stream().filter(w -> !SPECK.matcher(w.text().strip()).matches()).toList());
        List<Double> rules = rulings.stream().filter(RulingLine::isHorizontal).map(RulingLine::y1).toList();
        List<PlacedBlock> tables = new ArrayList<>();
        List<WordBox> free = new ArrayList<>();
        int next = 0;
        List<double[]> carried = open;
        int carriedScore = openScore;
        open = List.of();
        if (!carried.isEmpty() && !lines.isEmpty()) {
            int start = lines.size() > 1 && LineGrouping.text(lines.get(0)).length() <= RUNNING_HEAD_LETTERS
                    && step(lines, 1) > RUNNING_HEAD_GAP * wordHeight(lines.subList(0, 2)) ? 1 : 0;
            int end = bodyEnd(lines, start, carried, carriedScore, wordHeight(lines));
            if (end > start) {
                free.addAll(flatten(lines.subList(0, start)));
                List<List<String>> rows = new ArrayList<>();
                end = readBody(lines, List.of(), carried, start, end, wordHeight(lines), rules, true, rows);
                tables.add(new PlacedBlock(LineGrouping.top(lines.get(start)), new Block.Table(rows)));
                open = runsToFoot(lines, end, carried);
                openScore = carriedScore;
                next = end;
            }
        }
        while (next < lines.size()) {
            Optional<Header> found = firstHeader(lines, next, lines.size());
            if (found.isEmpty()) {
                break;
            }
            Header header = found.get();
            free.addAll(flatten(lines.subList(next, header.first())));
            int bodyStart = header.last() + 1;
            double height = wordHeight(lines.subList(header.first(), bodyStart));
            int end = bodyEnd(lines, bodyStart, header.cells(), header.score(), height);
            List<List<String>> rows = new ArrayList<>();
            // a header repeated at the top of a page (a running head at most above it) over a table that ran to
            // the foot of the page before; a heading above it starts a table of its own
            boolean continued = !carried.isEmpty() && tables.isEmpty()
                    && LineGrouping.text(flatten(lines.subList(next, header.first()))).length() <= RUNNING_HEAD_LETTERS;
            end = readBody(lines, flatten(lines.subList(header.first(), bodyStart)), header.cells(), bodyStart, end,
                    height, rules, continued, rows);
            tables.add(new PlacedBlock(LineGrouping.top(lines.get(header.first())), new Block.Table(rows)));
            open = runsToFoot(lines, end, header.cells());
            openScore = header.score();
            next = end;
        }
        free.addAll(flatten(lines.subList(next, lines.size())));
        if (tables.isEmpty()) {
            free.addAll(specks);
        }
        return new Reading(tables, free);
    }

    /**
     * The stretches that go on from a table body cut short at {@code end} by a line crossing the header's gaps, each
     * with column bounds of its own ({@link BodyColumns}): rows that size their columns on their own.
     */
    private List<BodyColumns.Stretch> resumed(List<List<WordBox>> lines, int start, int end, List<double[]> header,
                                              double height) {
        List<BodyColumns.Stretch> stretches = new ArrayList<>();
        int floor = start;
        while (end < lines.size() && step(lines, end) <= TABLE_END_GAP * height) {
            int limit = firstHeader(lines, end, lines.size()).map(Header::first).orElse(lines.size());
            Optional<BodyColumns.Stretch> stretch =
                    BodyColumns.from(lines, floor, end, limit, header, TABLE_END_GAP * height);
            if (stretch.isEmpty()) {
                break;
            }
            stretches.add(stretch.get());
            floor = stretch.get().end();
            end = stretch.get().end();
        }
        return stretches;
    }

    /**
     * Reads the body lines {@code [start, end)} under the header cells into {@code rows}, after the header row when
     * {@code headerWords} holds one, then the stretches that go on past {@code end} with columns of their own;
     * returns where the table ends. Where the body's words cover a gap between two header cells they are one
     * column, unless the body's own runs of words stand in the header's columns apart ({@link BodyColumns#under}):
     * then its rows sized their columns on their own, and the header row is read at the header's own gaps.
     */
    private int readBody(List<List<WordBox>> lines, List<WordBox> headerWords, List<double[]> header, int start,
                         int end, double height, List<Double> rules, boolean continued, List<List<String>> rows) {
        List<BodyColumns.Stretch> stretches = resumed(lines, start, end, header, height);
        List<List<WordBox>> body = lines.subList(start, stretches.isEmpty() ? end : stretches.get(0).start());
        List<Double> bounds = bounds(header, flatten(body));
        List<Double> headerBounds = bounds;
        if (bounds.size() + 1 < header.size()) {
            Optional<List<Double>> own = BodyColumns.under(body, header);
            if (own.isPresent()) {
                bounds = own.get();
                headerBounds = bounds(header, List.of());
            }
        }
        if (!headerWords.isEmpty()) {
            rows.add(cells(headerWords, headerBounds));
        }
        List<Double> bodyBounds = bounds;
        bodyRows(body, bodyBounds, rules, continued).forEach(r -> rows.add(cells(r, bodyBounds)));
        for (BodyColumns.Stretch stretch : stretches) {
            // a stretch right under a header repeated on a new page opens with the rest of the page before's row
            boolean carriedOver = continued && stretch.start() == start;
            bodyRows(lines.subList(stretch.start(), stretch.end()), stretch.bounds(), rules, carriedOver)
                    .forEach(r -> rows.add(cells(r, stretch.bounds())));
        }
        return stretches.isEmpty() ? end : stretches.get(stretches.size() - 1).end();
    }

    private List<List<WordBox>> bodyRows(List<List<WordBox>> body, List<Double> bounds, List<Double> rules,
                                         boolean continued) {
        BorderlessRows.BodyRows read = BorderlessRows.rows(body, bounds, rules, continued, centredCells);
        centredCells = read.centred();
        return read.rows();
    }

    /** A header: the lines it spans, the x extents of its cells, left to right, and how well it names fields. */
    private record Header(int first, int last, List<double[]> cells, int score) {
    }

    /**
     * The first run of lines from {@code from} whose word columns read as a header: nearly every cell names a
     * field. A window scores the fields its cells name less the cells that name none, so a line of running text
     * above the header, whose words stand in cells of their own, loses to the header alone. Of the windows that
     * score best, the header ends at the first step wider than the steps inside it (the padding under the header
     * row), else at the widest; never past a line opening with a row code.
     */
    private Optional<Header> firstHeader(List<List<WordBox>> lines, int from, int to) {
        Header best = null;
        int bestScore = Integer.MIN_VALUE;
        double bestStep = -1;
        int bestWhole = 0;
        for (int i = from; i < to && (best == null || i <= best.first() + MAX_HEADER_LINES); i++) {
            List<WordBox> window = new ArrayList<>();
            double interior = 0;
            boolean closed = false;
            for (int j = i; j < Math.min(to, i + MAX_HEADER_LINES); j++) {
                if (j > i && BorderlessRows.ROW_ANCHOR.matcher(lines.get(j).get(0).text().strip()).matches()) {
                    break;
                }
                // a header row's lines follow one another at its line pitch, centred cells at half of it: a step
                // far wider than the one beside it parts the header from the last line of the row above (a
                // letter a narrow cell wrapped alone)
                if (j > i && step(lines, j) > HEADER_SPAN_GAP * neighbourStep(lines, i, j, to)) {
                    break;
                }
                window.addAll(lines.get(j));
                interior = j > i ? Math.max(interior, step(lines, j)) : 0;
                double height = wordHeight(List.of(window));
                // a header with nothing under it is no table, so the page's end is no gap to end one at
                double after = j + 1 < lines.size() ? step(lines, j + 1) : 0;
                boolean closes = after > HEADER_GAP * Math.max(interior, LINE_PITCH * height);
                // header words of one cell stand a space apart at most; try them apart first, then together
                for (double join : new double[] {GLYPH_GAP, SPACE * height}) {
                    List<double[]> cells = columnsOf(window, join);
                    int score = headerScore(window, cells);
                    if (score == Integer.MIN_VALUE) {
                        continue;
                    }
                    boolean sameStart = best != null && best.first() == i;
                    boolean tied = score == bestScore && sameStart && !closed;
                    // a header wrapped letter by letter holds its words whole only from its last line on
                    int whole = tied || score > bestScore
                            ? TableColumns.wholeKeywords(cells(window, gutterMiddles(cells))) : 0;
                    if (score > bestScore || tied && (closes || after > bestStep + 0.5 || whole > bestWhole)) {
                        bestScore = score;
                        bestStep = after;
                        bestWhole = whole;
                        best = new Header(i, j, cells, score);
                        closed = closes;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The narrower of the steps before and after the step to line {@code j}, within lines {@code i} to {@code to}. */
    private static double neighbourStep(List<List<WordBox>> lines, int i, int j, int to) {
        double before = j - 1 > i ? step(lines, j - 1) : Double.MAX_VALUE;
        double after = j + 1 < Math.min(to, lines.size()) ? step(lines, j + 1) : Double.MAX_VALUE;
        return Math.min(before, after);
    }

    /**
     * The fields the cells name, twice, less the cells that name none; {@link Integer#MIN_VALUE} when the cells
     * are no header or more than a third of them name nothing (body rows name a field or two by chance:
     * "ตัวชี้วัดที่ ๓", "ประเมินผล" read as ประเด็น).
     */
    private int headerScore(List<WordBox> window, List<double[]> cells) {
        if (cells.size() < 3) {
            return Integer.MIN_VALUE;
        }
        List<String> texts = cells(window, gutterMiddles(cells));
        Optional<TableColumns> columns = headerColumns(texts);
        if (columns.isEmpty()) {
            return Integer.MIN_VALUE;
        }
        int named = columns.get().columns().size();
        int unnamed = (int) texts.stream().filter(t -> !t.isBlank()).count() - named;
        return unnamed > Math.max(1, named / 3) ? Integer.MIN_VALUE : 2 * named - unnamed;
    }

    /**
     * The x extents of the runs of words closer than {@code join} apart, left to right: for a header's words, one
     * per header cell.
     */
    static List<double[]> columnsOf(List<WordBox> words, double join) {
        List<WordBox> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> Double.compare(a.x(), b.x()));
        List<double[]> runs = new ArrayList<>();
        for (WordBox w : sorted) {
            double[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            // pieces of one word the PDF split at a mark stand a fraction of a point apart
            if (last != null && w.x() < last[1] + join) {
                last[1] = Math.max(last[1], w.x() + w.width());
            } else {
                runs.add(new double[] {w.x(), w.x() + w.width()});
            }
        }
        return runs;
    }


    private static List<Double> gutterMiddles(List<double[]> cells) {
        List<Double> middles = new ArrayList<>();
        for (int k = 0; k + 1 < cells.size(); k++) {
            middles.add((cells.get(k)[1] + cells.get(k + 1)[0]) / 2);
        }
        return middles;
    }

    /**
     * Column bounds between header cells: the middle of the widest stretch of each gap between two header cells
     * that no body word covers. Where body words cover the whole gap, the two header cells are one column; a
     * word run on past its cell ({@link CellOverflow}) across a wide gap does not join them, nor do a few words
     * crossing a wide gap that the rest of the body leaves empty ({@link NarrowColumnGaps}).
     */
    static List<Double> bounds(List<double[]> header, List<WordBox> body) {
        List<Double> bounds = new ArrayList<>();
        double height = wordHeight(List.of(body));
        int bodyLines = LineGrouping.lines(body).size();
        for (int k = 0; k + 1 < header.size(); k++) {
            double from = header.get(k)[1];
            double to = header.get(k + 1)[0];
            double[] gap = {from, to};
            boolean wide = to - from >= WIDE_GAP * height;
            List<double[]> covered = new ArrayList<>();
            for (WordBox w : body) {
                boolean runOn = wide && w.x() <= from && w.x() + w.width() >= to
                        && CellOverflow.runsOnFromItsCell(w, gap, header.get(k + 1)[1], header.get(0)[1], body);
                if (!runOn && w.x() < to && w.x() + w.width() > from) {
                    covered.add(new double[] {Math.max(from, w.x()), Math.min(to, w.x() + w.width())});
                }
            }
            covered.sort((a, b) -> Double.compare(a[0], b[0]));
            double widest = 0;
            double middle = Double.NaN;
            double reach = from;
            for (double[] c : covered) {
                if (c[0] - reach > widest) {
                    widest = c[0] - reach;
                    middle = (reach + c[0]) / 2;
                }
                reach = Math.max(reach, c[1]);
            }
            if (to - reach > widest) {
                widest = to - reach;
                middle = (reach + to) / 2;
            }
            if (widest > 0.5) {
                bounds.add(middle);
            } else if (wide) {
                NarrowColumnGaps.leastCrossed(from, to, covered, bodyLines).ifPresent(bounds::add);
            }
        }
        return bounds;
    }

    /**
     * The end (exclusive) of a table body under the given header cells: at running text, a wide gap or the next
     * header (not one that goes on from the body's cells naming fewer fields than {@code score}, the table's own
     * header's), less a heading standing just above that next header (its words all left of the second column).
     */
    private int bodyEnd(List<List<WordBox>> lines, int start, List<double[]> header, int score, double height) {
        double pitch = BorderlessRows.columnPitch(lines.subList(start, lines.size()), gutterMiddles(header));
        int nextHeader = lines.size();
        for (int from = start; from < lines.size(); ) {
            Optional<Header> found = firstHeader(lines, from, lines.size());
            if (found.isEmpty()) {
                break;
            }
            if (found.get().score() >= score || !continuesCells(lines, start, found.get(), pitch)) {
                nextHeader = found.get().first();
                break;
            }
            from = found.get().first() + 1;
        }
        int end = Math.min(nextHeader, regionEnd(lines, start, gaps(header), height));
        if (end == nextHeader && end > start && header.size() > 1) {
            double secondColumn = header.get(1)[0];
            if (lines.get(end - 1).stream().allMatch(w -> w.x() + w.width() < secondColumn)) {
                end--;
            }
        }
        return end;
    }

    /**
     * Whether a header found inside a table body goes on from the cells above it: some word of it stands one line
     * step under the body text of its own column. A body line whose cells happen to hold "ตัวชี้วัด" and
     * "ประเมินผลการ…" does, when its table centres its cells vertically so that a short cell's first line sits
     * beside the middle of a long one; it then names fewer fields than the table's header. A header repeated
     * straight under the body (a browser starting the next table without a gap) names as many.
     */
    private static boolean continuesCells(List<List<WordBox>> lines, int start, Header header, double pitch) {
        if (pitch <= 0) {
            return false;
        }
        for (int k = header.first(); k <= header.last(); k++) {
            for (WordBox w : lines.get(k)) {
                for (int j = k - 1; j >= start; j--) {
                    if (lines.get(j).stream().anyMatch(o -> o.x() < w.x() + w.width() && w.x() < o.x() + o.width())) {
                        if (j < header.first()
                                && LineGrouping.top(lines.get(k)) - LineGrouping.top(lines.get(j)) <= BorderlessRows.ROW_GAP * pitch) {
                            return true;
                        }
                        break;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The end (exclusive) of the table body starting at {@code start}: the first line of running text (its words
     * cover half the gaps between columns or more), or the line after a vertical gap of more than a few word heights.
     */
    private static int regionEnd(List<List<WordBox>> lines, int start, List<double[]> gaps, double height) {
        int end = start;
        while (end < lines.size()) {
            if (end > start && step(lines, end) > TABLE_END_GAP * height
                    || runningText(lines.get(end), gaps, height, flatten(lines.subList(start, end)))) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * Words of running text reach across the gaps between columns. A cell's word may cover the small gap between
     * two header words of one cell, so a line ends the table when it covers a wide gap or half the gaps. A word
     * that starts where words of a cell {@code above} start and runs on past its column ({@link CellOverflow})
     * covers no gap.
     */
    private static boolean runningText(List<WordBox> line, List<double[]> gaps, double height, List<WordBox> above) {
        int covered = 0;
        boolean wide = false;
        for (int g = 0; g < gaps.size(); g++) {
            double[] gap = gaps.get(g);
            double nextCellEnd = g + 1 < gaps.size() ? gaps.get(g + 1)[0] : Double.POSITIVE_INFINITY;
            for (WordBox w : line) {
                if (w.x() <= gap[0] && w.x() + w.width() >= gap[1]
                        && !CellOverflow.runsOnFromItsCell(w, gap, nextCellEnd, gaps.get(0)[0], above)) {
                    covered++;
                    wide |= gap[1] - gap[0] >= WIDE_GAP * height;
                    break;
                }
            }
        }
        return wide || covered > 0 && covered * 2 >= gaps.size();
    }

    private static List<double[]> gaps(List<double[]> cells) {
        List<double[]> gaps = new ArrayList<>();
        for (int k = 0; k + 1 < cells.size(); k++) {
            gaps.add(new double[] {cells.get(k)[1], cells.get(k + 1)[0]});
        }
        return gaps;
    }


    /** The header cells when the table reached the foot of the page (only a page number may follow), else none. */
    private static List<double[]> runsToFoot(List<List<WordBox>> lines, int end, List<double[]> header) {
        int left = lines.size() - end;
        boolean footOnly = left <= 2 && lines.subList(end, lines.size()).stream()
                .allMatch(l -> l.size() <= 3 && LineGrouping.text(l).length() <= PAGE_FOOT_LETTERS);
        return footOnly ? header : List.of();
    }

    private List<String> cells(List<WordBox> words, List<Double> bounds) {
        List<List<WordBox>> cells = new ArrayList<>();
        for (int c = 0; c <= bounds.size(); c++) {
            cells.add(new ArrayList<>());
        }
        for (WordBox w : words) {
            cells.get(column(w, bounds)).add(w);
        }
        return cells.stream().map(cellText::of).toList();
    }

    static int column(WordBox w, List<Double> bounds) {
        double centre = w.x() + w.width() / 2;
        int c = 0;
        while (c < bounds.size() && centre >= bounds.get(c)) {
            c++;
        }
        return c;
    }

    /** Distance from the top of the line before {@code i} to the top of line {@code i}. */
    static double step(List<List<WordBox>> lines, int i) {
        return LineGrouping.top(lines.get(i)) - LineGrouping.top(lines.get(i - 1));
    }

    private static double wordHeight(List<List<WordBox>> lines) {
        List<Double> heights = new ArrayList<>();
        lines.forEach(l -> l.forEach(w -> heights.add(w.height())));
        heights.sort(Double::compare);
        return heights.isEmpty() ? 0 : heights.get(heights.size() / 2);
    }

    private static List<WordBox> flatten(List<List<WordBox>> lines) {
        List<WordBox> out = new ArrayList<>();
        lines.forEach(out::addAll);
        return out;
    }
}
