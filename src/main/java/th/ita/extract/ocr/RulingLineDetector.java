package th.ita.extract.ocr;

import java.util.ArrayList;
import java.util.List;

import th.ita.extract.RulingLine;

/**
 * Finds the table borders in a straightened page image: long thin runs of ink, horizontal and vertical.
 * Text never holds a run of ink this long; a run thicker than a border is a filled area, not a line.
 * Lines come out in points, like the ruling lines read from a PDF's drawing, so tables are rebuilt the same way.
 */
public final class RulingLineDetector {

    /** Shortest horizontal border, in inches: the narrowest column of a real table. */
    static final double MIN_HORIZONTAL_INCHES = 0.4;
    /** Shortest vertical border: one row of one line of text. */
    static final double MIN_VERTICAL_INCHES = 0.3;
    /** Thicker than this is a filled box or a photo, not a border. */
    static final double MAX_THICKNESS_INCHES = 0.05;
    /**
     * A horizontal line shorter than this must end on a vertical line: a table's borders meet, while a run along
     * a line of text that got past the other tests ends in the middle of a cell, and would cut its row in two.
     */
    static final double MIN_FREE_HORIZONTAL_INCHES = 1.5;
    /** Breaks this short (noise, JPEG blur) do not end a line on a grey scan. */
    private static final int GREY_GAP_PIXELS = 3;
    /**
     * Breaks this short do not end a horizontal line on a bilevel scan, whose thin borders the thresholding dotted: their gaps are wider, and the strips
     * beside a border (see {@link #MAX_INK_BESIDE}) keep the letters of a line of text from passing for one.
     */
    static final double BILEVEL_HORIZONTAL_GAP_INCHES = 0.04;
    /**
     * Breaks this short do not end a vertical line: a thin grey border thresholded into a bilevel scan (a fax,
     * a G4 TIFF) comes out dotted, and its vertical lines lose the most. Horizontal lines cannot bridge such
     * gaps: the letters of a line of text are that close. Vertical strokes of text are short and far apart.
     */
    static final double VERTICAL_GAP_INCHES = 0.06;
    /**
     * A faint border thresholded into a bilevel scan can come out as a row of dots, a third of it ink, with gaps
     * as wide as this between them. Such a line is read in a second pass that bridges these gaps but keeps only
     * runs at least {@link #MIN_DOTTED_INK} ink; the strips beside a border must still be clear, which a line of
     * text, as dense along its middle, never is.
     */
    static final double DOTTED_GAP_INCHES = 0.16;
    static final double MIN_DOTTED_INK = 0.2;
    /**
     * Dotted lines must be long: a table's row borders run across the table, and its column borders down a row
     * of text; runs of dots along a line of bold text, or down letters lined up between two borders, are shorter.
     */
    static final double MIN_DOTTED_HORIZONTAL_INCHES = 3.0;
    static final double MIN_DOTTED_VERTICAL_INCHES = 0.5;

    /**
     * A border stands apart: the strips of paper beside it (past a pixel or two of blur) hold little ink. A run
     * along the foot or the head of a line of Thai letters has their strokes beside it; joined across the small
     * gaps between letters it would otherwise pass for a border and cut a table row in two.
     */
    static final double MAX_INK_BESIDE = 0.35;
    /**
     * A dotted horizontal bridges gaps as wide as a letter, so a run along the foot or the head of a line of text
     * can pass for one; the paper beside a border stays almost clear (a few specks: measured up to 0.01 on the
     * sample TIFF's faint borders), beside a line of text a letter's strokes fill a fifth or more of it.
     */
    static final double MAX_INK_BESIDE_DOTTED = 0.12;
    /** The strip beside a line that must be nearly clear of ink, and how far from the line it starts. */
    private static final double BESIDE_INCHES = 0.015;
    private static final double BLUR_INCHES = 0.01;

    private record Run(int line, int from, int to) {
    }

    private static final class Segment {
        final int gap;
        int firstLine;
        int lastLine;
        int from;
        int to;

        Segment(Run run, int gap) {
            this.gap = gap;
            firstLine = run.line();
            lastLine = run.line();
            from = run.from();
            to = run.to();
        }

        boolean continuedBy(Run run) {
            return run.line() == lastLine + 1 && run.from() <= to + gap && run.to() >= from - gap;
        }

        void add(Run run) {
            lastLine = run.line();
            from = Math.min(from, run.from());
            to = Math.max(to, run.to());
        }
    }

    public List<RulingLine> detect(GrayImage page, int dpi) {
        return detect(page, dpi, false);
    }

    /**
     * @param bilevel whether the page was scanned black and white (before straightening greyed its edges)
     */
    public List<RulingLine> detect(GrayImage page, int dpi, boolean bilevel) {
        byte[] pixels = page.pixels();
        int w = page.width();
        int h = page.height();
        // borders are thin and blurred by scanning (and by straightening, which greys a bilevel scan's edges):
        // lighter than text strokes, so the cut is halfway from the ink/paper threshold to the paper
        int otsu = page.inkThreshold();
        int threshold = Math.min(250, otsu + 25);
        boolean[] ink = new boolean[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            ink[i] = (pixels[i] & 0xFF) < threshold;
        }
        double scale = 72.0 / dpi;
        int maxThickness = Math.max(2, (int) Math.round(MAX_THICKNESS_INCHES * dpi));
        int blur = Math.max(1, (int) Math.round(BLUR_INCHES * dpi));
        int beside = Math.max(2, (int) Math.round(BESIDE_INCHES * dpi));
        // grey scans keep the plain reading, which their tables were measured on; the tests below are for the
        // dotted borders and ragged letters of bilevel scans
        int verticalGap = bilevel ? pixels(VERTICAL_GAP_INCHES, dpi) : GREY_GAP_PIXELS;
        List<RulingLine> verticals = new ArrayList<>();
        for (Segment s : segments(ink, w, h, false, (int) (MIN_VERTICAL_INCHES * dpi), verticalGap, 0)) {
            if (s.lastLine - s.firstLine + 1 <= maxThickness && (!bilevel || standsApart(s, ink, w, h, false, blur, beside, MAX_INK_BESIDE))) {
                double x = (s.firstLine + s.lastLine) / 2.0 * scale;
                verticals.add(new RulingLine(x, s.from * scale, x, s.to * scale));
            }
        }
        List<RulingLine> dottedVerticals = new ArrayList<>();
        // any bilevel page may have borders thresholding dotted, all of them or only some (a faint top border
        // above a solid header rule): the dotted pass runs on every bilevel page, and its own tests (clear paper
        // beside a line, ends on borders) keep text out
        if (bilevel) {
            for (Segment s : segments(ink, w, h, false, (int) (MIN_VERTICAL_INCHES * dpi), pixels(DOTTED_GAP_INCHES, dpi), MIN_DOTTED_INK)) {
                if (s.lastLine - s.firstLine + 1 <= maxThickness && standsApart(s, ink, w, h, false, blur, beside, MAX_INK_BESIDE_DOTTED)) {
                    double x = (s.firstLine + s.lastLine) / 2.0 * scale;
                    dottedVerticals.add(new RulingLine(x, s.from * scale, x, s.to * scale));
                }
            }
        }
        List<RulingLine> lines = new ArrayList<>();
        double reach = verticalGap * scale;
        int horizontalGap = bilevel ? pixels(BILEVEL_HORIZONTAL_GAP_INCHES, dpi) : GREY_GAP_PIXELS;
        for (Segment s : segments(ink, w, h, true, (int) (MIN_HORIZONTAL_INCHES * dpi), horizontalGap, 0)) {
            if (s.lastLine - s.firstLine + 1 <= maxThickness && (!bilevel || standsApart(s, ink, w, h, true, blur, beside, MAX_INK_BESIDE))) {
                double y = (s.firstLine + s.lastLine) / 2.0 * scale;
                RulingLine line = new RulingLine(s.from * scale, y, s.to * scale, y);
                if (!bilevel || line.x2() - line.x1() >= MIN_FREE_HORIZONTAL_INCHES * 72 || endsOnVertical(line, verticals, reach)) {
                    lines.add(line);
                }
            }
        }
        if (bilevel) {
            for (Segment s : segments(ink, w, h, true, (int) (MIN_HORIZONTAL_INCHES * dpi), pixels(DOTTED_GAP_INCHES, dpi), MIN_DOTTED_INK)) {
                if (s.lastLine - s.firstLine + 1 <= maxThickness && standsApart(s, ink, w, h, true, blur, beside, MAX_INK_BESIDE_DOTTED)
                        && (s.to - s.from) * scale >= MIN_DOTTED_HORIZONTAL_INCHES * 72) {
                    double y = (s.firstLine + s.lastLine) / 2.0 * scale;
                    addUnlessFound(lines, new RulingLine(s.from * scale, y, s.to * scale, y));
                }
            }
            // a dotted vertical is a border only from one border row to another (see DottedColumns)
            List<Double> rows = lines.stream().map(RulingLine::y1).sorted().toList();
            for (List<RulingLine> column : DottedColumns.of(dottedVerticals)) {
                DottedColumns.borders(column, rows).forEach(v -> addUnlessFound(verticals, v));
            }
        }
        lines.addAll(verticals);
        return List.copyOf(lines);
    }

    /**
     * A copy of the page with the borders painted out. Tesseract reads a border as "|" or "_" and lets it
     * join a cell's words to the next cell's; without them each cell is a block of its own.
     */
    public GrayImage withoutLines(GrayImage page, List<RulingLine> lines, int dpi) {
        java.awt.image.BufferedImage copy = new java.awt.image.BufferedImage(page.width(), page.height(),
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(page.image(), 0, 0, null);
            g.setColor(java.awt.Color.WHITE);
            double toPixels = dpi / 72.0;
            int half = Math.max(2, (int) Math.round(MAX_THICKNESS_INCHES * dpi / 2));
            for (RulingLine line : lines) {
                int x1 = (int) Math.round(Math.min(line.x1(), line.x2()) * toPixels);
                int x2 = (int) Math.round(Math.max(line.x1(), line.x2()) * toPixels);
                int y1 = (int) Math.round(Math.min(line.y1(), line.y2()) * toPixels);
                int y2 = (int) Math.round(Math.max(line.y1(), line.y2()) * toPixels);
                if (line.isHorizontal()) {
                    g.fillRect(x1 - 1, y1 - half, x2 - x1 + 3, 2 * half + 1);
                } else {
                    g.fillRect(x1 - half, y1 - 1, 2 * half + 1, y2 - y1 + 3);
                }
            }
        } finally {
            g.dispose();
        }
        return new GrayImage(copy);
    }

    /** Adds a line the dotted pass found unless the solid pass found it already (the same line, mostly covered). */
    private static void addUnlessFound(List<RulingLine> found, RulingLine line) {
        for (RulingLine other : found) {
            boolean sameOrientation = other.isHorizontal() == line.isHorizontal();
            double across = line.isHorizontal() ? Math.abs(other.y1() - line.y1()) : Math.abs(other.x1() - line.x1());
            double from = line.isHorizontal() ? line.x1() : line.y1();
            double to = line.isHorizontal() ? line.x2() : line.y2();
            double otherFrom = other.isHorizontal() ? other.x1() : other.y1();
            double otherTo = other.isHorizontal() ? other.x2() : other.y2();
            double overlap = Math.min(to, otherTo) - Math.max(from, otherFrom);
            if (sameOrientation && across <= 2 && overlap >= 0.9 * (to - from)) {
                return;
            }
        }
        found.add(line);
    }

    /** Whether either end of the horizontal line meets a vertical line that crosses its height. */
    private static boolean endsOnVertical(RulingLine line, List<RulingLine> verticals, double reach) {
        for (RulingLine v : verticals) {
            boolean crossesHeight = Math.min(v.y1(), v.y2()) - reach <= line.y1() && Math.max(v.y1(), v.y2()) + reach >= line.y1();
            if (crossesHeight && (Math.abs(v.x1() - line.x1()) <= reach || Math.abs(v.x1() - line.x2()) <= reach)) {
                return true;
            }
        }
        return false;
    }

    private static int pixels(double inches, int dpi) {
        return Math.max(2, (int) Math.round(inches * dpi));
    }

    /** Whether the strips on both sides of the segment are nearly free of ink (see {@link #MAX_INK_BESIDE}). */
    private static boolean standsApart(Segment s, boolean[] ink, int w, int h, boolean horizontal, int blur, int beside,
                                       double maxInk) {
        int lineCount = horizontal ? h : w;
        return inkBeside(s, ink, w, horizontal, Math.max(0, s.firstLine - blur - beside), s.firstLine - blur) <= maxInk
                && inkBeside(s, ink, w, horizontal, s.lastLine + blur + 1, Math.min(lineCount, s.lastLine + blur + 1 + beside)) <= maxInk;
    }


    /** The share of positions along the segment with ink in any of the lines {@code [fromLine, toLine)}. */
    private static double inkBeside(Segment s, boolean[] ink, int w, boolean horizontal, int fromLine, int toLine) {
        if (fromLine >= toLine) {
            return 0;
        }
        int inked = 0;
        for (int i = s.from; i <= s.to; i++) {
            for (int line = fromLine; line < toLine; line++) {
                if (horizontal ? ink[line * w + i] : ink[i * w + line]) {
                    inked++;
                    break;
                }
            }
        }
        return (double) inked / (s.to - s.from + 1);
    }

    /** Runs of ink along rows (or columns) at least {@code minLength} long, joined across neighbouring rows. */
    private static List<Segment> segments(boolean[] ink, int w, int h, boolean horizontal, int minLength, int gap,
                                          double minInk) {
        int lineCount = horizontal ? h : w;
        boolean pairLines = gap > GREY_GAP_PIXELS; // only bilevel scans bridge wider gaps, and only their borders wander
        List<List<Run>> columnRuns = horizontal ? List.of() : columnRuns(ink, w, h, minLength, gap, pairLines, minInk);
        List<Segment> done = new ArrayList<>();
        List<Segment> open = new ArrayList<>();
        for (int line = 0; line < lineCount; line++) {
            List<Run> runs = horizontal ? rowRuns(ink, w, line, h, minLength, gap, pairLines, minInk) : columnRuns.get(line);
            List<Segment> next = new ArrayList<>();
            for (Run run : runs) {
                Segment continued = null;
                for (Segment s : open) {
                    if (s.continuedBy(run)) {
                        continued = s;
                        break;
                    }
                }
                if (continued == null) {
                    continued = new Segment(run, gap);
                    next.add(continued);
                } else {
                    continued.add(run);
                    if (!next.contains(continued)) {
                        next.add(continued);
                    }
                }
            }
            for (Segment s : open) {
                if (!next.contains(s)) {
                    done.add(s);
                }
            }
            open = next;
        }
        done.addAll(open);
        return done;
    }

    /**
     * The runs of every column, as {@link #rowRuns} finds a row's, found in one pass down the page
     * row by row: reading a column alone steps a whole row's width through memory at every pixel.
     */
    private static List<List<Run>> columnRuns(boolean[] ink, int w, int h, int minLength, int gap, boolean pairLines,
                                              double minInk) {
        List<List<Run>> runs = new ArrayList<>(w);
        for (int x = 0; x < w; x++) {
            runs.add(new ArrayList<>(0));
        }
        int[] start = new int[w];
        int[] lastInk = new int[w];
        int[] inked = new int[w];
        java.util.Arrays.fill(start, -1);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                boolean dark = ink[row + x] || pairLines && x + 1 < w && ink[row + x + 1];
                if (dark) {
                    if (start[x] < 0 || y - lastInk[x] > gap + 1) {
                        if (start[x] >= 0 && lastInk[x] - start[x] + 1 >= minLength && inked[x] >= minInk * (lastInk[x] - start[x] + 1)) {
                            runs.get(x).add(new Run(x, start[x], lastInk[x]));
                        }
                        start[x] = y;
                        inked[x] = 0;
                    }
                    lastInk[x] = y;
                    inked[x]++;
                }
            }
        }
        for (int x = 0; x < w; x++) {
            if (start[x] >= 0 && lastInk[x] - start[x] + 1 >= minLength && inked[x] >= minInk * (lastInk[x] - start[x] + 1)) {
                runs.get(x).add(new Run(x, start[x], lastInk[x]));
            }
        }
        return runs;
    }

    /** The runs of one row of pixels, {@code y}; columns have theirs from {@link #columnRuns}. */
    private static List<Run> rowRuns(boolean[] ink, int w, int y, int h, int minLength, int gap, boolean pairLines,
                                     double minInk) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        int lastInk = -1;
        int inked = 0;
        int row = y * w;
        boolean pairWithNext = pairLines && y + 1 < h;
        for (int i = 0; i < w; i++) {
            // a line and its neighbour read as one: a border scanned a little askew, or dotted by thresholding,
            // wanders a pixel up and down, and neither line alone holds a long run
            boolean dark = ink[row + i] || pairWithNext && ink[row + w + i];
            if (dark) {
                if (start < 0 || i - lastInk > gap + 1) {
                    if (start >= 0 && lastInk - start + 1 >= minLength && inked >= minInk * (lastInk - start + 1)) {
                        runs.add(new Run(y, start, lastInk));
                    }
                    start = i;
                    inked = 0;
                }
                lastInk = i;
                inked++;
            }
        }
        if (start >= 0 && lastInk - start + 1 >= minLength && inked >= minInk * (lastInk - start + 1)) {
            runs.add(new Run(y, start, lastInk));
        }
        return runs;
    }
}
