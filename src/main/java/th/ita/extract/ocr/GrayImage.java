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
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return new GrayImage(gray);
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
        long[] histogram = new long[256];
        for (byte b : pixels()) {
            histogram[b & 0xFF]++;
        }
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
