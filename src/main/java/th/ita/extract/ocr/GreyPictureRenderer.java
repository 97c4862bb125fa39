package th.ita.extract.ocr;

import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * PDFBox's renderer, except that an 8-bit grey picture (what a grey scan is) is read in one pass over its samples
 * and handed to the drawing as a grey image. PDFBox reads it one sample and one pixel call at a time and turns it
 * into RGB the same way (SampledImageReader, PDDeviceGray.toRGBImage): on a scanned page that was most of the
 * ingest thread's time, taken from the Tesseracts on the same cores. The rendered page is the same pixel for pixel
 * (GreyPictureRendererTest).
 */
final class GreyPictureRenderer extends PDFRenderer {

    GreyPictureRenderer(PDDocument document) {
        super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new PageDrawer(parameters) {
            @Override
            public void drawImage(PDImage picture) throws IOException {
                super.drawImage(plainGrey(picture) ? new BulkGreyPicture((PDImageXObject) picture) : picture);
            }
        };
    }

    /** A grey picture PDFBox would convert without masks, decode arrays or optional content in the way. */
    private static boolean plainGrey(PDImage picture) throws IOException {
        return picture instanceof PDImageXObject x && x.getOptionalContent() == null && !x.isStencil()
                && x.getBitsPerComponent() == 8 && x.getColorSpace() instanceof PDDeviceGray && x.getDecode() == null
                && x.getMask() == null && x.getSoftMask() == null && x.getColorKeyMask() == null;
    }

    /** The picture, with the whole image (no region, no subsampling) read in bulk; all else is the picture's. */
    private record BulkGreyPicture(PDImageXObject picture) implements PDImage {

        @Override
        public BufferedImage getImage() throws IOException {
            int width = picture.getWidth();
            int height = picture.getHeight();
            // handed over grey: drawn onto the grey page it gives the pixels the RGB picture gave (r = g = b
            // converts back to the same grey), without an RGB copy four times the scan's size
            BufferedImage bulk = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            if (readSamples(((DataBufferByte) bulk.getRaster().getDataBuffer()).getData())) {
                return bulk;
            }
            BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            int[] out = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
            WritableRaster grey = picture.getRawRaster();
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                grey.getSamples(0, y, width, 1, 0, row);
                int offset = y * width;
                for (int x = 0; x < width; x++) {
                    int v = row[x];
                    out[offset + x] = v << 16 | v << 8 | v;
                }
            }
            return rgb;
        }

        /**
         * Reads the decoded samples in one read straight into the grey image's buffer; false when the stream is
         * short (then PDFBox's reading decides what the missing samples are). PDFBox's raw raster reads the same
         * bytes through an image stream one sample and one pixel call at a time: half the ingest thread's work on
         * a grey scan after the RGB conversion. At 8 bits a sample and one component, the decoded stream is the
         * grey values row after row, unpadded.
         */
        private boolean readSamples(byte[] into) throws IOException {
            try (InputStream decoded = picture.createInputStream()) {
                return decoded.readNBytes(into, 0, into.length) == into.length;
            }
        }

        @Override
        public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
            boolean whole = region == null || region.x == 0 && region.y == 0 && region.width >= picture.getWidth()
                    && region.height >= picture.getHeight();
            return whole && subsampling == 1 ? getImage() : picture.getImage(region, subsampling);
        }

        @Override
        public WritableRaster getRawRaster() throws IOException {
            return picture.getRawRaster();
        }

        @Override
        public BufferedImage getRawImage() throws IOException {
            return picture.getRawImage();
        }

        @Override
        public BufferedImage getStencilImage(Paint paint) throws IOException {
            return picture.getStencilImage(paint);
        }

        @Override
        public InputStream createInputStream() throws IOException {
            return picture.createInputStream();
        }

        @Override
        public InputStream createInputStream(List<String> stopFilters) throws IOException {
            return picture.createInputStream(stopFilters);
        }

        @Override
        public InputStream createInputStream(DecodeOptions options) throws IOException {
            return picture.createInputStream(options);
        }

        @Override
        public boolean isEmpty() {
            return picture.isEmpty();
        }

        @Override
        public boolean isStencil() {
            return picture.isStencil();
        }

        @Override
        public void setStencil(boolean isStencil) {
            picture.setStencil(isStencil);
        }

        @Override
        public int getBitsPerComponent() {
            return picture.getBitsPerComponent();
        }

        @Override
        public void setBitsPerComponent(int bitsPerComponent) {
            picture.setBitsPerComponent(bitsPerComponent);
        }

        @Override
        public PDColorSpace getColorSpace() throws IOException {
            return picture.getColorSpace();
        }

        @Override
        public void setColorSpace(PDColorSpace colorSpace) {
            picture.setColorSpace(colorSpace);
        }

        @Override
        public int getHeight() {
            return picture.getHeight();
        }

        @Override
        public void setHeight(int height) {
            picture.setHeight(height);
        }

        @Override
        public int getWidth() {
            return picture.getWidth();
        }

        @Override
        public void setWidth(int width) {
            picture.setWidth(width);
        }

        @Override
        public void setDecode(COSArray decode) {
            picture.setDecode(decode);
        }

        @Override
        public COSArray getDecode() {
            return picture.getDecode();
        }

        @Override
        public boolean getInterpolate() {
            return picture.getInterpolate();
        }

        @Override
        public void setInterpolate(boolean value) {
            picture.setInterpolate(value);
        }

        @Override
        public String getSuffix() {
            return picture.getSuffix();
        }

        @Override
        public COSDictionary getCOSObject() {
            return picture.getCOSObject();
        }
    }
}
