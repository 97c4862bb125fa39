package th.ita.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;


/**
 * Puts back the dashes Tesseract left unread in table cells, and names every dash alone on its line of a cell by
 * its width, since Tesseract reads an en dash as "-" too. A dash alone on its line, as in a narrow period
 * cell ("ตุลาคม ๒๕๖๔ / – / กันยายน ๒๕๖๕"), is often not read at all: the page's layout analysis takes the short bar
 * for noise. The cell's ink that no word box covers then holds a thin, solid, level bar clear of everything else.
 * <p>Which dash it is follows from its width against the size of the page's type, as a reader tells them: in the
 * TLWG fonts a hyphen's ink is 0.25-0.27 em wide and an en dash's 0.48-0.70 em (Sawasdee, Tlwg Typo and Purisa draw
 * both alike and cannot be told apart). Tesseract's x_size of a Thai line is about the whole em (69 px for 16 pt
 * Laksaman at 300 dpi, where the hyphen measured 15 px and the en dash 28 px). The document's own text can write
 * either, one table one way and the next the other, so the bar's width decides, not the other dashes.
 */
final class LostDashes {

    /** A dash's stroke is at most this thick ... */
    private static final double MAX_THICKNESS_INCHES = 0.035;
    /** ... at least this long ... */
    private static final double MIN_LENGTH_INCHES = 0.02;
    /** ... and no longer than this (a rule under a heading is longer). */
    private static final double MAX_LENGTH_INCHES = 0.3;
    /** Its length is at least this many times its thickness: a speck is about as high as it is wide. */
    private static final double MIN_LENGTH_PER_THICKNESS = 2.5;
    /** Share of its box the bar's ink fills: a stroke, not a scatter of dots. */
    private static final double MIN_FILL = 0.6;
    /** Clear paper all around it, as a share of the line's x_size. */
    private static final double CLEAR_PER_X_SIZE = 0.3;
    /** A dash at least this share of the line's x_size long is an en dash (about 0.35 em). */
    static final double EN_DASH_PER_X_SIZE = 0.3;
    /** Ink pieces smaller than this both ways are noise, not text beside a bar. */
    private static final double SPECK_INCHES = 0.015;
    private static final double FALLBACK_X_SIZE_INCHES = 0.1;
    private static final Pattern DASH = Pattern.compile("[-–]");

    private LostDashes() {
    }

    /**
     * The page with every dash found unread in a cell added as a word, on the line it stands on or one of its own;
     * {@code threshold} is the prepared page's ink threshold.
     */
    static HocrPage added(HocrPage page, GrayImage prepared, List<CellPixels> cells, int threshold, int dpi) {
        if (cells.isEmpty()) {
            return page;
        }
        DashWidths widths = DashWidths.of(page, cells, usualXSize(page, dpi));
        double xSize = widths.xSize();
        List<Bar> bars = new ArrayList<>();
        for (CellPixels cell : cells) {
            if (cell.width() >= MIN_LENGTH_INCHES * dpi && cell.height() >= MIN_LENGTH_INCHES * dpi) {
                bars.addAll(barsIn(page, prepared, threshold, cell.x0(), cell.y0(), cell.x1(), cell.y1(), dpi, widths));
            }
        }
        List<HocrPage.Line> lines = new ArrayList<>(page.lines());
        boolean changed = readByWidth(lines, cells, widths);
        for (Bar bar : bars) {
            placed(lines, bar, xSize);
        }
        return bars.isEmpty() && !changed ? page : new HocrPage(page.width(), page.height(), List.copyOf(lines));
    }

    /**
     * A dash Tesseract did read alone on its line of a cell is named by its width as well: it writes "-" for both.
     * A dash followed by words on its line is a list marker and stays as read.
     */
    private static boolean readByWidth(List<HocrPage.Line> lines, List<CellPixels> cells, DashWidths widths) {
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            HocrPage.Line line = lines.get(i);
            List<HocrPage.Word> words = new ArrayList<>(line.words());
            for (int w = 0; w < words.size(); w++) {
                HocrPage.Word word = words.get(w);
                if (!DASH.matcher(word.text()).matches()) {
                    continue;
                }
                if (!aloneInItsCell(word, words, cells)) {
                    continue;
                }
                String dash = widths.dashOf(word.right() - word.left());
                if (!dash.equals(word.text())) {
                    words.set(w, new HocrPage.Word(dash, word.left(), word.top(), word.right(), word.bottom(), word.confidence()));
                    changed = true;
                }
            }
            lines.set(i, new HocrPage.Line(line.left(), line.top(), line.right(), line.bottom(), line.xSize(),
                    line.startParagraph(), List.copyOf(words), line.baseline(), line.slope()));
        }
        return changed;
    }

    private static boolean aloneInItsCell(HocrPage.Word word, List<HocrPage.Word> line, List<CellPixels> cells) {
        Optional<CellPixels> cell = cells.stream().filter(c -> c.holds(word)).findFirst();
        return cell.isPresent() && line.stream().noneMatch(other -> other != word && cell.get().holds(other));
    }

    /**
     * What tells the page's dashes apart: its x_size, and the width of the list markers Tesseract read in its cells
     * ("- กองคลัง"), which are hyphens in most documents. Some fonts draw a hyphen as wide as an en dash (Purisa's
     * is wider); a dash no wider than the page's own markers is read as one of them.
     */
    record DashWidths(double xSize, double markerWidth) {

        /** A dash this many times as wide as the page's list markers is wider than they are. */
        static final double WIDER_THAN_MARKERS = 1.4;

        static DashWidths of(HocrPage page, List<CellPixels> cells, double xSize) {
            double[] markers = page.lines().stream().flatMap(l -> l.words().stream()
                            .filter(w -> DASH.matcher(w.text()).matches() && !aloneInItsCell(w, l.words(), cells))
                            .filter(w -> cells.stream().anyMatch(c -> c.holds(w))))
                    .mapToDouble(w -> w.right() - w.left()).sorted().toArray();
            return new DashWidths(xSize, markers.length == 0 ? 0 : markers[markers.length / 2]);
        }

        String dashOf(int width) {
            boolean likeMarkers = markerWidth > 0 && width <= WIDER_THAN_MARKERS * markerWidth;
            return width >= EN_DASH_PER_X_SIZE * xSize && !likeMarkers ? "–" : "-";
        }
    }

    /** A bar of ink found unread, in pixels, with the dash it reads as. */
    record Bar(String dash, int left, int top, int right, int bottom, int cellLeft, int cellRight) {
    }

    /**
     * Every lone bar in the cell's ink that no word box covers: a piece of ink (8-connected) of a dash's shape with
     * no other piece within the clearance around it. Pieces smaller than a speck (JPEG noise, dust) do not count
     * against it.
     */
    static List<Bar> barsIn(HocrPage page, GrayImage image, int threshold, int x0, int y0, int x1, int y1, int dpi,
                            DashWidths widths) {
        int cellWidth = x1 - x0;
        int cellHeight = y1 - y0;
        boolean[] covered = MissedCellText.coveredByWords(page, x0, y0, x1, y1);
        byte[] pixels = image.pixels();
        int width = image.width();
        boolean[] ink = new boolean[cellWidth * cellHeight];
        int inkCount = 0;
        for (int y = y0; y < y1; y++) {
            int row = (y - y0) * cellWidth;
            for (int x = x0; x < x1; x++) {
                boolean dark = (pixels[y * width + x] & 0xFF) < threshold && !covered[row + x - x0];
                ink[row + x - x0] = dark;
                inkCount += dark ? 1 : 0;
            }
        }
        if (inkCount == 0) {
            return List.of();
        }
        int speck = (int) Math.ceil(SPECK_INCHES * dpi);
        List<Piece> pieces = Piece.all(ink, cellWidth, cellHeight, inkCount).stream()
                .filter(p -> p.right() - p.left() >= speck || p.bottom() - p.top() >= speck).toList();
        int clear = (int) Math.ceil(CLEAR_PER_X_SIZE * widths.xSize());
        List<Bar> bars = new ArrayList<>();
        for (Piece piece : pieces) {
            int thickness = piece.bottom() - piece.top();
            int length = piece.right() - piece.left();
            boolean shaped = thickness <= MAX_THICKNESS_INCHES * dpi && length >= MIN_LENGTH_INCHES * dpi
                    && length <= MAX_LENGTH_INCHES * dpi && length >= MIN_LENGTH_PER_THICKNESS * thickness
                    && piece.pixels() >= MIN_FILL * length * thickness
                    && piece.left() > 0 && piece.right() < cellWidth && piece.top() > 0 && piece.bottom() < cellHeight;
            boolean alone = shaped && pieces.stream().noneMatch(other -> other != piece
                    && other.left() < piece.right() + clear && other.right() > piece.left() - clear
                    && other.top() < piece.bottom() + clear && other.bottom() > piece.top() - clear);
            if (alone) {
                bars.add(new Bar(widths.dashOf(length), x0 + piece.left(), y0 + piece.top(), x0 + piece.right(),
                        y0 + piece.bottom(), x0, x1));
            }
        }
        return bars;
    }

    /** A connected piece of ink: its box (right and bottom exclusive) and its pixel count. */
    record Piece(int left, int top, int right, int bottom, int pixels) {

        /** Every 8-connected piece of the marked pixels; the marks are cleared on the way. */
        static List<Piece> all(boolean[] ink, int width, int height, int inkCount) {
            List<Piece> pieces = new ArrayList<>();
            int[] stack = new int[inkCount];
            for (int start = 0; start < ink.length; start++) {
                if (!ink[start]) {
                    continue;
                }
                int left = Integer.MAX_VALUE;
                int top = Integer.MAX_VALUE;
                int right = -1;
                int bottom = -1;
                int count = 0;
                int size = 0;
                stack[size++] = start;
                ink[start] = false;
                while (size > 0) {
                    int at = stack[--size];
                    int x = at % width;
                    int y = at / width;
                    count++;
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = x + dx;
                            int ny = y + dy;
                            if (nx >= 0 && nx < width && ny >= 0 && ny < height && ink[ny * width + nx]) {
                                ink[ny * width + nx] = false;
                                stack[size++] = ny * width + nx;
                            }
                        }
                    }
                }
                pieces.add(new Piece(left, top, right + 1, bottom + 1, count));
            }
            return pieces;
        }
    }

    /**
     * Puts the bar on the line it crosses, among that line's words by position; a bar on no line gets a line of
     * its own, standing where a line between its neighbours would stand and read after the cell's lines above it.
     */
    private static void placed(List<HocrPage.Line> lines, Bar bar, double xSize) {
        int middle = (bar.top() + bar.bottom()) / 2;
        HocrPage.Word word = new HocrPage.Word(bar.dash(), bar.left(), bar.top(), bar.right(), bar.bottom(), 0);
        int firstBelow = -1;
        for (int i = 0; i < lines.size(); i++) {
            HocrPage.Line line = lines.get(i);
            List<HocrPage.Word> inCell = line.words().stream()
                    .filter(w -> w.right() > bar.cellLeft() && w.left() < bar.cellRight()).toList();
            if (inCell.isEmpty()) {
                continue;
            }
            if (line.top() <= middle && middle <= line.bottom()) {
                List<HocrPage.Word> words = new ArrayList<>(line.words());
                words.add(word);
                words.sort(Comparator.comparingInt(HocrPage.Word::left));
                lines.set(i, new HocrPage.Line(Math.min(line.left(), bar.left()), line.top(),
                        Math.max(line.right(), bar.right()), line.bottom(), line.xSize(), line.startParagraph(),
                        List.copyOf(words), line.baseline(), line.slope()));
                return;
            }
            if (firstBelow < 0 && inCell.stream().allMatch(w -> w.top() > bar.bottom())) {
                firstBelow = i;
            }
        }
        // a dash stands at about a quarter of an em above its line's baseline
        double baseline = middle + xSize / 4;
        int top = (int) Math.round(baseline - xSize);
        HocrPage.Line own = new HocrPage.Line(bar.left(), top, bar.right(), (int) Math.round(baseline), xSize, false,
                List.of(word), baseline, 0);
        lines.add(firstBelow < 0 ? lines.size() : firstBelow, own);
    }

    /** The median x_size of the page's lines, in pixels. */
    static double usualXSize(HocrPage page, int dpi) {
        double[] sizes = page.lines().stream().mapToDouble(HocrPage.Line::xSize).filter(s -> s > 0).sorted().toArray();
        return sizes.length == 0 ? FALLBACK_X_SIZE_INCHES * dpi : sizes[sizes.length / 2];
    }
}
