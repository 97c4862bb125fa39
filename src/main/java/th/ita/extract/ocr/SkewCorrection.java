package th.ita.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Turns a scanned page straight. Scans are a degree or so askew; Tesseract copes, but table borders must be
 * exactly horizontal and vertical for rows and cells to be rebuilt, and Tesseract's word boxes are in the
 * coordinates of the image it was given, so the page is straightened before both.
 * The angle is the one whose horizontal ink profile is sharpest (text lines and borders line up in few rows).
 */
public final class SkewCorrection {

    static final double MAX_DEGREES = 4.0;
    /** Below this the page is left alone: rotating costs a little sharpness. */
    static final double NEGLIGIBLE_DEGREES = 0.05;
    private static final int SAMPLE_STEP = 2;

    /** The page straightened, and the angle in degrees it was turned by. */
    public record Straightened(GrayImage image, double degrees) {
    }

    public Straightened straighten(GrayImage page) {
        double degrees = skewDegrees(page);
        if (Math.abs(degrees) < NEGLIGIBLE_DEGREES) {
            return new Straightened(page, 0);
        }
        return new Straightened(rotate(page, -degrees), -degrees);
    }

    /** The angle of the text lines in degrees, positive when they fall to the right (image y grows down). */
    public double skewDegrees(GrayImage page) {
        InkColumns ink = InkColumns.of(page);
        if (ink.points() < 100) {
            return 0;
        }
        double best = search(ink, page.height(), -MAX_DEGREES, MAX_DEGREES, 0.1);
        return search(ink, page.height(), best - 0.1, best + 0.1, 0.01);
    }

    /**
     * The angle whose profile of ink across sheared rows is sharpest. A point (x, y) falls in the row
     * {@code round((y - x * slope + margin) / SAMPLE_STEP)}; as y is a multiple of the step, that is y's own row
     * plus a shift that depends on the column alone, so each column's shift is worked out once per angle instead
     * of once per point. Where a column's shift lies within rounding error of a half, its points are placed one
     * by one by the formula itself, so the rows are those of placing every point.
     */
    private static double search(InkColumns ink, int height, double from, double to, double step) {
        double bestAngle = 0;
        double bestScore = -1;
        int margin = height;
        int[] rows = new int[(height + 2 * margin) / SAMPLE_STEP + 2];
        for (double a = from; a <= to + 1e-9; a += step) {
            double slope = Math.tan(Math.toRadians(a));
            Arrays.fill(rows, 0);
            for (int c = 0; c < ink.columns(); c++) {
                int x = c * SAMPLE_STEP;
                double shift = (margin - x * slope) / SAMPLE_STEP;
                double fromHalf = Math.abs(shift - Math.floor(shift) - 0.5);
                if (fromHalf > 1e-6) {
                    int whole = (int) Math.round(shift);
                    for (int i = ink.start(c); i < ink.start(c + 1); i++) {
                        int bin = ink.row(i) + whole;
                        if (bin >= 0 && bin < rows.length) {
                            rows[bin]++;
                        }
                    }
                } else {
                    for (int i = ink.start(c); i < ink.start(c + 1); i++) {
                        int y = ink.row(i) * SAMPLE_STEP;
                        int bin = (int) Math.round((y - x * slope + margin) / SAMPLE_STEP);
                        if (bin >= 0 && bin < rows.length) {
                            rows[bin]++;
                        }
                    }
                }
            }
            double score = 0;
            for (int r : rows) {
                score += (double) r * r;
            }
            if (score > bestScore) {
                bestScore = score;
                bestAngle = a;
            }
        }
        return bestAngle;
    }

    /**
     * Ink pixels on a sparse grid (every {@link #SAMPLE_STEP}th pixel each way), column by column: the sampled
     * rows of column {@code c}'s ink are {@code row(start(c))} up to {@code row(start(c + 1) - 1)}.
     */
    private record InkColumns(int[] starts, int[] rows) {

        static InkColumns of(GrayImage page) {
            byte[] pixels = page.pixels();
            int threshold = page.inkThreshold();
            int w = page.width();
            int h = page.height();
            int columns = (w + SAMPLE_STEP - 1) / SAMPLE_STEP;
            int[] starts = new int[columns + 1];
            for (int y = 0; y < h; y += SAMPLE_STEP) {
                int offset = y * w;
                for (int x = 0, c = 0; x < w; x += SAMPLE_STEP, c++) {
                    if ((pixels[offset + x] & 0xFF) < threshold) {
                        starts[c + 1]++;
                    }
                }
            }
            for (int c = 0; c < columns; c++) {
                starts[c + 1] += starts[c];
            }
            int[] rows = new int[starts[columns]];
            int[] next = Arrays.copyOf(starts, columns);
            for (int y = 0, r = 0; y < h; y += SAMPLE_STEP, r++) {
                int offset = y * w;
                for (int x = 0, c = 0; x < w; x += SAMPLE_STEP, c++) {
                    if ((pixels[offset + x] & 0xFF) < threshold) {
                        rows[next[c]++] = r;
                    }
                }
            }
            return new InkColumns(starts, rows);
        }

        int columns() {
            return starts.length - 1;
        }

        int points() {
            return rows.length;
        }

        int start(int column) {
            return starts[column];
        }

        int row(int index) {
            return rows[index];
        }
    }

    private static GrayImage rotate(GrayImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), page.width() / 2.0, page.height() / 2.0);
            g.drawImage(page.image(), 0, 0, null);
        } finally {
            g.dispose();
        }
        return new GrayImage(out);
    }
}
