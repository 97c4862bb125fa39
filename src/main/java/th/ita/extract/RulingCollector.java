package th.ita.extract;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the horizontal and vertical lines a page draws: stroked lines and rectangles, and filled
 * rectangles thin enough to be borders (Word and LibreOffice draw cell borders both ways). Coordinates are
 * turned to points from the page's top-left corner, like {@link WordBox}.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    private static final double THIN = 2.5;
    private static final double MIN_LENGTH = 4;

    private final PDRectangle box;
    private final List<double[]> path = new ArrayList<>();
    private final List<RulingLine> lines = new ArrayList<>();
    private Point2D current = new Point2D.Double();
    private Point2D start = new Point2D.Double();

    RulingCollector(PDPage page) {
        super(page);
        this.box = page.getCropBox();
    }

    List<RulingLine> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.add(new double[] {p0.getX(), p0.getY(), p1.getX(), p1.getY()});
        path.add(new double[] {p1.getX(), p1.getY(), p2.getX(), p2.getY()});
        path.add(new double[] {p2.getX(), p2.getY(), p3.getX(), p3.getY()});
        path.add(new double[] {p3.getX(), p3.getY(), p0.getX(), p0.getY()});
        current = p0;
        start = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new double[] {current.getX(), current.getY(), x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        path.add(new double[] {current.getX(), current.getY(), start.getX(), start.getY()});
        current = start;
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (double[] s : path) {
            addSegment(s[0], s[1], s[2], s[3]);
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        // a filled shape is a border only when it is a thin bar; shaded cells are not lines
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] s : path) {
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        if (!path.isEmpty()) {
            double w = maxX - minX;
            double h = maxY - minY;
            if (h <= THIN && w >= MIN_LENGTH) {
                addSegment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
            } else if (w <= THIN && h >= MIN_LENGTH) {
                addSegment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
            }
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images carry no ruling lines
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading carries no ruling lines
    }

    private void addSegment(double x1, double y1, double x2, double y2) {
        double ax = x1 - box.getLowerLeftX();
        double bx = x2 - box.getLowerLeftX();
        double ay = box.getUpperRightY() - y1;
        double by = box.getUpperRightY() - y2;
        boolean horizontal = Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= MIN_LENGTH;
        boolean vertical = Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= MIN_LENGTH;
        if (horizontal) {
            lines.add(new RulingLine(Math.min(ax, bx), ay, Math.max(ax, bx), ay));
        } else if (vertical) {
            lines.add(new RulingLine(ax, Math.min(ay, by), ax, Math.max(ay, by)));
        }
    }
}
