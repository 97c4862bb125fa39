package th.ita.extract;

/**
 * A straight line drawn on a page, such as a table border, in points from the top-left corner.
 */
public record RulingLine(double x1, double y1, double x2, double y2) {
    public boolean isHorizontal() {
        return Math.abs(y1 - y2) < 0.5;
    }

    public boolean isVertical() {
        return Math.abs(x1 - x2) < 0.5;
    }
}
