package th.ita.extract.ocr;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The resolution of the scan a PDF page shows: the pixels of its largest picture over the size that picture is
 * drawn at on the page. Read from the page's drawing operations (cheap on a scanned page: one picture drawn
 * once), so a picture scaled or placed off the page's full size still gives its true resolution.
 */
final class ScanImageResolution extends PDFStreamEngine {

    /** A picture smaller than this share of the page is a logo or a stamp, not the scan. */
    private static final double MIN_PAGE_SHARE = 0.25;

    private double largestArea;
    private double dpi;

    private ScanImageResolution() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    /** The scan's resolution in dots per inch, or 0 when the page shows no picture near its size. */
    static double of(PDPage page) {
        ScanImageResolution engine = new ScanImageResolution();
        try {
            engine.processPage(page);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        double pageArea = page.getMediaBox().getWidth() * page.getMediaBox().getHeight();
        return engine.largestArea >= MIN_PAGE_SHARE * pageArea ? engine.dpi : 0;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
            PDXObject object = getResources().getXObject(name);
            if (object instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                double width = ctm.getScalingFactorX();
                double height = ctm.getScalingFactorY();
                double area = width * height;
                if (area > largestArea && width > 0 && height > 0) {
                    largestArea = area;
                    // the drawn size is in points (1/72 inch); average the two axes' resolutions (faxes differ)
                    dpi = (image.getWidth() / (width / 72) + image.getHeight() / (height / 72)) / 2;
                }
                return;
            }
            if (object instanceof PDFormXObject form) {
                showForm(form);
                return;
            }
        }
        super.processOperator(operator, operands);
    }
}
