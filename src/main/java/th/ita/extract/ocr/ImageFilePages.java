package th.ita.extract.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.NodeList;

/**
 * The frames of an image file (PNG, JPEG, or a multi-page TIFF) as pages. The resolution comes from the
 * file when it states one, since Tesseract sizes its filters by it; otherwise the configured default is assumed.
 */
public final class ImageFilePages implements PageImages {

    private final ImageInputStream input;
    private final ImageReader reader;
    private final int count;
    private final int defaultDpi;

    public ImageFilePages(Path file, int defaultDpi) throws IOException {
        this.defaultDpi = defaultDpi;
        this.input = ImageIO.createImageInputStream(file.toFile());
        if (input == null) {
            throw new IOException("Cannot open " + file + " as an image");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            input.close();
            throw new IOException("No image reader for " + file.getFileName());
        }
        this.reader = readers.next();
        reader.setInput(input, false, true);
        this.count = reader.getNumImages(true);
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public GrayImage render(int number) throws IOException {
        return GrayImage.of(reader.read(number - 1));
    }

    @Override
    public int dpi(int number) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(number - 1);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return defaultDpi;
            }
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
            NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
            if (sizes.getLength() == 0) {
                return defaultDpi;
            }
            double millimetresPerPixel = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
            int dpi = (int) Math.round(25.4 / millimetresPerPixel);
            // 72 and 96 are what software writes when it knows nothing; a scan is never that coarse
            return dpi >= 100 && dpi <= 1200 ? dpi : defaultDpi;
        } catch (IOException | RuntimeException e) {
            return defaultDpi;
        }
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        input.close();
    }
}
