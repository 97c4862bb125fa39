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
        int[] ink = inkPoints(page);
        if (ink.length < 200) {
            return 0;
        }
        double best = search(ink, page.height(), -MAX_DEGREES, MAX_DEGREES, 0.1);
        return search(ink, page.height(), best - 0.1, best + 0.1, 0.01);
    }

    private static double search(int[] ink, int height, double from, double to, double step) {
        double bestAngle = 0;
        double bestScore = -1;
        int margin = height;
        long[] rows = new long[(height + 2 * margin) / SAMPLE_STEP + 2];
        for (double a = from; a <= to + 1e-9; a += step) {
            double slope = Math.tan(Math.toRadians(a));
            Arrays.fill(rows, 0);
            for (int i = 0; i < ink.length; i += 2) {
                int x = ink[i];
                int y = ink[i + 1];
                int bin = (int) Math.round((y - x * slope + margin) / SAMPLE_STEP);
                if (bin >= 0 && bin < rows.length) {
                    rows[bin]++;
                }
            }
            double score = 0;
            for (long r : rows) {
                score += (double) r * r;
            }
            if (score > bestScore) {
                bestScore = score;
                bestAngle = a;
            }
        }
        return bestAngle;
    }

    /** Ink pixels on a sparse grid as x,y pairs. */
    private static int[] inkPoints(GrayImage page) {
        byte[] pixels = page.pixels();
        int threshold = page.inkThreshold();
        int w = page.width();
        int h = page.height();
        int[] points = new int[1024];
        int n = 0;
        for (int y = 0; y < h; y += SAMPLE_STEP) {
            for (int x = 0; x < w; x += SAMPLE_STEP) {
                if ((pixels[y * w + x] & 0xFF) < threshold) {
                    if (n + 2 > points.length) {
                        points = Arrays.copyOf(points, points.length * 2);
                    }
                    points[n++] = x;
                    points[n++] = y;
                }
            }
        }
        return Arrays.copyOf(points, n);
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
