package th.ita.extract.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.NodeList;

/**
 * The frames of an image file (PNG, JPEG, or a multi-page TIFF) as pages, each read at its own resolution
 * (see {@link OcrResolution}). The resolution comes from the file when it states a plausible one; otherwise it is
 * implied by the frame's size, as a scan is nearly always of an A4 or Letter page; failing both the configured
 * default is assumed. Tesseract sizes its filters by it, and word boxes are put in points by it.
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
        this.reader = readerOfResolution(readers, file, input);
        this.count = reader.getNumImages(true);
    }

    /**
     * The first reader that finds a resolution stated in the first frame. Two TIFF readers are on the class path
     * (the JDK's and jai-imageio's) and ImageIO lists them in no fixed order; on a TIFF whose DateTime field is
     * malformed ("Unexpected count 6") the JDK's reports no resolution where jai-imageio's reads 200 dpi, so the
     * same scan was read at 200 dpi in one run and at the 188 its size implies in another.
     */
    private static ImageReader readerOfResolution(Iterator<ImageReader> readers, Path file, ImageInputStream input)
            throws IOException {
        List<ImageReader> candidates = new ArrayList<>();
        readers.forEachRemaining(candidates::add);
        ImageReader chosen = candidates.get(0);
        if (candidates.size() > 1) {
            for (ImageReader candidate : candidates) {
                // each tries a stream of its own: reading metadata may flush the stream it reads
                try (ImageInputStream own = ImageIO.createImageInputStream(file.toFile())) {
                    candidate.setInput(own, false, true);
                    if (statedDpi(candidate, 1) > 0) {
                        chosen = candidate;
                        break;
                    }
                }
            }
        }
        for (ImageReader candidate : candidates) {
            if (candidate != chosen) {
                candidate.dispose();
            }
        }
        chosen.setInput(input, false, true);
        return chosen;
    }

    @Override
    public int count() {
        return count;
    }

    /** The long side of an A4 page in inches; Letter's 11 inches is near enough to give the same resolution. */
    private static final double PAGE_LONG_SIDE_INCHES = 11.69;

    @Override
    public GrayImage render(int number) throws IOException {
        int scanned = scannedDpi(number);
        return OcrResolution.resampled(GrayImage.of(reader.read(number - 1)), scanned, OcrResolution.forScan(scanned));
    }

    @Override
    public int dpi(int number) {
        return OcrResolution.forScan(scannedDpi(number));
    }

    private int scannedDpi(int number) {
        int stated = statedDpi(reader, number);
        if (stated > 0) {
            return stated;
        }
        try {
            int longSide = Math.max(reader.getWidth(number - 1), reader.getHeight(number - 1));
            int implied = (int) Math.round(longSide / PAGE_LONG_SIDE_INCHES);
            return implied >= 100 && implied <= 1200 ? implied : defaultDpi;
        } catch (IOException | RuntimeException e) {
            return defaultDpi;
        }
    }

    /** The resolution the file states, or 0 when it states none or an implausible one. */
    private static int statedDpi(ImageReader reader, int number) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(number - 1);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return 0;
            }
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
            NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
            if (sizes.getLength() == 0) {
                return 0;
            }
            double millimetresPerPixel = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
            int dpi = (int) Math.round(25.4 / millimetresPerPixel);
            // 72 and 96 are what software writes when it knows nothing; a scan is never that coarse
            return dpi >= 100 && dpi <= 1200 ? dpi : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        input.close();
    }
}
