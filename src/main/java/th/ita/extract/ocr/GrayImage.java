package th.ita.extract.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page image as 8-bit grey pixels (0 black, 255 white), the form deskewing, line finding and Tesseract all
 * work on.
 */
public record GrayImage(BufferedImage image) {

    public GrayImage {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("image must be TYPE_BYTE_GRAY, was type " + image.getType());
        }
    }

    /** Any image as grey; bilevel and colour scans are drawn onto a grey canvas (white where transparent). */
    public static GrayImage of(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return new GrayImage(source);
        }
        return new GrayImage(BilevelPicture.unpacked(source, GrayImage::drawnOnWhite).orElseGet(() -> drawnOnWhite(source)));
    }

    private static BufferedImage drawnOnWhite(BufferedImage source) {
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** The pixel buffer, row by row; shared, not copied. */
    byte[] pixels() {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** Otsu's threshold: grey values below it are ink. */
    int inkThreshold() {
        long[] histogram = histogram();
        long total = (long) width() * height();
        double sumAll = 0;
        for (int i = 0; i < 256; i++) {
            sumAll += i * (double) histogram[i];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            if (below == 0) {
                continue;
            }
            long above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += t * (double) histogram[t];
            double meanBelow = sumBelow / below;
            double meanAbove = (sumAll - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t + 1;
            }
        }
        return threshold;
    }

    /**
     * How many pixels have each grey value. Four partial counts, added at the end, let consecutive pixels of the
     * same grey (most of a page is paper) be counted without each increment waiting for the one before.
     */
    private long[] histogram() {
        byte[] pixels = pixels();
        int[] partial = new int[4 * 256];
        int i = 0;
        for (int end = pixels.length - 3; i < end; i += 4) {
            partial[pixels[i] & 0xFF]++;
            partial[256 + (pixels[i + 1] & 0xFF)]++;
            partial[512 + (pixels[i + 2] & 0xFF)]++;
            partial[768 + (pixels[i + 3] & 0xFF)]++;
        }
        for (; i < pixels.length; i++) {
            partial[pixels[i] & 0xFF]++;
        }
        long[] histogram = new long[256];
        for (int v = 0; v < 256; v++) {
            histogram[v] = (long) partial[v] + partial[256 + v] + partial[512 + v] + partial[768 + v];
        }
        return histogram;
    }

    /** The mean grey of the pixels at or above {@code threshold}: the paper's level. */
    int paperLevel(int threshold) {
        long sum = 0;
        long count = 0;
        for (byte b : pixels()) {
            int v = b & 0xFF;
            if (v >= threshold) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? 255 : (int) (sum / count);
    }

    /** Whether the page is black and white: a bilevel scan, all but a few pixels pure black or pure white. */
    boolean bilevel() {
        long grey = 0;
        byte[] pixels = pixels();
        for (byte b : pixels) {
            if (b != 0 && b != -1) {
                grey++;
            }
        }
        return grey < pixels.length / 100;
    }
}
