package th.ita.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

/** Page images drawn for tests: white paper, black ink where the drawing puts it. */
final class DrawnImages {

    private DrawnImages() {
    }

    static GrayImage drawn(int width, int height, Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        return new GrayImage(image);
    }
}
