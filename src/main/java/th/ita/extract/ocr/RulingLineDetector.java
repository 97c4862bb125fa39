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
    /** Breaks this short (noise, JPEG blur) do not end a line. */
    private static final int GAP_PIXELS = 3;

    private record Run(int line, int from, int to) {
    }

    private static final class Segment {
        int firstLine;
        int lastLine;
        int from;
        int to;

        Segment(Run run) {
            firstLine = run.line();
            lastLine = run.line();
            from = run.from();
            to = run.to();
        }

        boolean continuedBy(Run run) {
            return run.line() == lastLine + 1 && run.from() <= to + GAP_PIXELS && run.to() >= from - GAP_PIXELS;
        }

        void add(Run run) {
            lastLine = run.line();
            from = Math.min(from, run.from());
            to = Math.max(to, run.to());
        }
    }

    public List<RulingLine> detect(GrayImage page, int dpi) {
        byte[] pixels = page.pixels();
        int w = page.width();
        int h = page.height();
        // borders are thin and blurred by scanning: lighter than text strokes, so the cut is halfway to paper
        int threshold = Math.min(250, page.inkThreshold() + 25);
        boolean[] ink = new boolean[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            ink[i] = (pixels[i] & 0xFF) < threshold;
        }
        double scale = 72.0 / dpi;
        int maxThickness = Math.max(2, (int) Math.round(MAX_THICKNESS_INCHES * dpi));
        List<RulingLine> lines = new ArrayList<>();
        for (Segment s : segments(ink, w, h, true, (int) (MIN_HORIZONTAL_INCHES * dpi))) {
            if (s.lastLine - s.firstLine + 1 <= maxThickness) {
                double y = (s.firstLine + s.lastLine) / 2.0 * scale;
                lines.add(new RulingLine(s.from * scale, y, s.to * scale, y));
            }
        }
        for (Segment s : segments(ink, w, h, false, (int) (MIN_VERTICAL_INCHES * dpi))) {
            if (s.lastLine - s.firstLine + 1 <= maxThickness) {
                double x = (s.firstLine + s.lastLine) / 2.0 * scale;
                lines.add(new RulingLine(x, s.from * scale, x, s.to * scale));
            }
        }
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

    /** Runs of ink along rows (or columns) at least {@code minLength} long, joined across neighbouring rows. */
    private static List<Segment> segments(boolean[] ink, int w, int h, boolean horizontal, int minLength) {
        int lineCount = horizontal ? h : w;
        int length = horizontal ? w : h;
        List<Segment> done = new ArrayList<>();
        List<Segment> open = new ArrayList<>();
        for (int line = 0; line < lineCount; line++) {
            List<Run> runs = runs(ink, w, line, length, horizontal, minLength);
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
                    continued = new Segment(run);
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

    private static List<Run> runs(boolean[] ink, int w, int line, int length, boolean horizontal, int minLength) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        int lastInk = -1;
        for (int i = 0; i < length; i++) {
            boolean dark = horizontal ? ink[line * w + i] : ink[i * w + line];
            if (dark) {
                if (start < 0 || i - lastInk > GAP_PIXELS + 1) {
                    if (start >= 0 && lastInk - start + 1 >= minLength) {
                        runs.add(new Run(line, start, lastInk));
                    }
                    start = i;
                }
                lastInk = i;
            }
        }
        if (start >= 0 && lastInk - start + 1 >= minLength) {
            runs.add(new Run(line, start, lastInk));
        }
        return runs;
    }
}
