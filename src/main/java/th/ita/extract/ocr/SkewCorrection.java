package th.ita.extract.ocr;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
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

    /**
     * The page turned about its centre, bilinear, white where no page pixel lands: pixel for pixel what Java2D
     * draws for {@code Graphics2D.rotate} with bilinear interpolation onto a white grey image (its fixed-point
     * stepping, 8-bit weights and rounding), which the pages were straightened with before; done here on the grey
     * samples directly, Java2D's general path converts every sample to ARGB and back and costs several times more.
     * {@code SkewCorrectionTest} holds the two equal.
     */
    static GrayImage rotate(GrayImage page, double degrees) {
        int w = page.width();
        int h = page.height();
        // built as Graphics2D.rotate builds it (translate, rotate, translate back), whose last bits differ from
        // AffineTransform.getRotateInstance's
        AffineTransform turn = new AffineTransform();
        turn.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
        AffineTransform inverse;
        try {
            inverse = turn.createInverse();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("a rotation is always invertible", e);
        }
        byte[] source = page.pixels();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        Arrays.fill(target, (byte) 0xFF);
        // source coordinates in 32.32 fixed point, stepped from the centre of the first destination pixel
        long dxdx = fixed(inverse.getScaleX());
        long dxdy = fixed(inverse.getShearX());
        long dydx = fixed(inverse.getShearY());
        long dydy = fixed(inverse.getScaleY());
        double[] origin = {0.5, 0.5};
        inverse.transform(origin, 0, origin, 0, 1);
        long rowX = fixed(origin[0]);
        long rowY = fixed(origin[1]);
        for (int y = 0; y < h; y++, rowX += dxdy, rowY += dydy) {
            // the pixels whose centres fall on the page: the rest stay white
            int from = 0;
            int to = w;
            while (from < to && outside(rowX + from * dxdx, rowY + from * dydx, w, h)) {
                from++;
            }
            while (to > from && outside(rowX + (to - 1) * dxdx, rowY + (to - 1) * dydx, w, h)) {
                to--;
            }
            int offset = y * w;
            long sx = rowX + from * dxdx - HALF;
            long sy = rowY + from * dydx - HALF;
            for (int x = from; x < to; x++, sx += dxdx, sy += dydx) {
                int wholeX = (int) (sx >> 32);
                int wholeY = (int) (sy >> 32);
                int fractionX = (int) sx >>> 24;
                int fractionY = (int) sy >>> 24;
                int at;
                int right;
                int below;
                if (wholeX >= 0 && wholeX < w - 1 && wholeY >= 0 && wholeY < h - 1) {
                    at = wholeY * w + wholeX;
                    right = 1;
                    below = w;
                } else {
                    // at the page's edge a missing neighbour is the pixel itself
                    right = wholeX >= 0 && wholeX + 1 < w ? 1 : 0;
                    below = wholeY >= 0 && wholeY + 1 < h ? w : 0;
                    at = Math.max(wholeY, 0) * w + Math.max(wholeX, 0);
                }
                int topLeft = source[at] & 0xFF;
                int topRight = source[at + right] & 0xFF;
                int bottomLeft = source[at + below] & 0xFF;
                int bottomRight = source[at + below + right] & 0xFF;
                int top = (topLeft << 8) + (topRight - topLeft) * fractionX;
                int bottom = (bottomLeft << 8) + (bottomRight - bottomLeft) * fractionX;
                int value = (top << 8) + (bottom - top) * fractionY;
                target[offset + x] = (byte) ((value + (1 << 15)) >> 16);
            }
        }
        return new GrayImage(out);
    }

    private static final long HALF = 1L << 31;

    private static long fixed(double value) {
        return (long) (value * (double) (1L << 32));
    }

    private static boolean outside(long x, long y, int w, int h) {
        return Integer.compareUnsigned((int) (y >> 32), h) >= 0 || Integer.compareUnsigned((int) (x >> 32), w) >= 0;
    }
}
