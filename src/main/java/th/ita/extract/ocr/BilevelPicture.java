package th.ita.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A bilevel scan (one bit a pixel, two palette colours: a G4 TIFF, a fax) unpacked to grey in one pass over its
 * bits. Java2D draws such a picture onto a grey canvas through its general conversion loop, several times the
 * cost of the decoding itself. What each of the two palette entries becomes is asked of that same drawing, on a
 * two-pixel picture with the scan's own palette, so the grey values are Java2D's whatever the palette says
 * (black on white, white on black, translucent entries over the white canvas); only the bits are read here.
 */
final class BilevelPicture {

    private BilevelPicture() {
    }

    /**
     * The picture in grey as {@code drawing} draws it, or empty when it is not one bit a pixel in one packed band
     * of bytes (then the drawing itself is used).
     */
    static Optional<BufferedImage> unpacked(BufferedImage source, UnaryOperator<BufferedImage> drawing) {
        if (source.getType() != BufferedImage.TYPE_BYTE_BINARY || !(source.getColorModel() instanceof IndexColorModel palette)
                || palette.getMapSize() != 2) {
            return Optional.empty();
        }
        Raster raster = source.getRaster();
        if (!(raster.getSampleModel() instanceof MultiPixelPackedSampleModel packed) || packed.getPixelBitStride() != 1
                || !(raster.getDataBuffer() instanceof DataBufferByte bytes) || bytes.getNumBanks() != 1
                || raster.getMinX() != 0 || raster.getMinY() != 0
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return Optional.empty();
        }
        byte[] grey = greyOfEachEntry(palette, drawing);
        int width = source.getWidth();
        int height = source.getHeight();
        int stride = packed.getScanlineStride();
        int bitOffset = packed.getDataBitOffset();
        byte[] bits = bytes.getData();
        int start = bytes.getOffset();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            int row = start + y * stride;
            int offset = y * width;
            int x = 0;
            if (bitOffset == 0) {
                // eight pixels a byte while a whole byte is left in the row
                for (; x + 8 <= width; x += 8) {
                    int eight = bits[row + (x >> 3)];
                    for (int i = 0; i < 8; i++) {
                        pixels[offset + x + i] = grey[(eight >> (7 - i)) & 1];
                    }
                }
            }
            for (; x < width; x++) {
                int bit = bitOffset + x;
                int entry = (bits[row + (bit >> 3)] >> (7 - (bit & 7))) & 1;
                pixels[offset + x] = grey[entry];
            }
        }
        return Optional.of(out);
    }

    private static byte[] greyOfEachEntry(IndexColorModel palette, UnaryOperator<BufferedImage> drawing) {
        BufferedImage entries = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_BINARY, palette);
        entries.getRaster().setSample(0, 0, 0, 0);
        entries.getRaster().setSample(1, 0, 0, 1);
        byte[] drawn = ((DataBufferByte) drawing.apply(entries).getRaster().getDataBuffer()).getData();
        return new byte[] {drawn[0], drawn[1]};
    }
}
