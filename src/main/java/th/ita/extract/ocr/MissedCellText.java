package th.ita.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Reads again, one by one, the table cells where the page's OCR left a line of text unread. With psm 3
 * Tesseract's page layout analysis sometimes drops a whole block of a ruled table (on the scanned seed 003 the
 * "ตัวชี้วัดที่ ๖ คุณภาพการ" of one cell), while the cell alone, read as one block of text (psm 6), comes out.
 * A cell is read again only when ink no word box covers spans at least a text line's height and a word's
 * width (border remnants are thin one way or the other), and its new words are kept only when they hold
 * more letters than the words it had.
 */
final class MissedCellText {

    private static final Logger LOG = LoggerFactory.getLogger(MissedCellText.class);
    /** Uncovered ink must span this high ... */
    static final double MIN_TEXT_HEIGHT_INCHES = 0.1;
    /** ... and this wide to be text. */
    static final double MIN_TEXT_WIDTH_INCHES = 0.25;
    /** Word boxes are widened by this much: ink just outside a box is the box's own letters. */
    private static final int BOX_MARGIN_PX = 4;
    private static final int PAD_PX = 12;
    /** Ink pixels a row of a text line has at the least: several letters' strokes. */
    private static final int MIN_INK_PER_ROW = 8;
    private static final int ONE_BLOCK = 6;

    private final TesseractHocr tesseract;
    private final HocrReader hocrReader = new HocrReader();

    MissedCellText(TesseractHocr tesseract) {
        this.tesseract = tesseract;
    }

    /**
     * The page with the words of every cell read again put in place of the cell's own words; {@code threshold} is
     * the prepared page's ink threshold.
     */
    HocrPage completed(HocrPage page, GrayImage prepared, List<CellPixels> cells, int threshold, int dpi)
            throws IOException {
        HocrPage result = page;
        for (CellPixels cell : cells) {
            if (cell.width() < MIN_TEXT_WIDTH_INCHES * dpi || cell.height() < MIN_TEXT_HEIGHT_INCHES * dpi
                    || !hasUnreadText(result, prepared, threshold, cell.x0(), cell.y0(), cell.x1(), cell.y1(), dpi)) {
                continue;
            }
            result = readAgain(result, prepared, cell.x0(), cell.y0(), cell.x1(), cell.y1(), dpi);
        }
        return result;
    }

    static boolean hasUnreadText(HocrPage page, GrayImage image, int threshold, int x0, int y0, int x1, int y1, int dpi) {
        boolean[] covered = coveredByWords(page, x0, y0, x1, y1);
        int width = image.width();
        int cellWidth = x1 - x0;
        byte[] pixels = image.pixels();
        int[] perColumn = new int[cellWidth];
        int[] inRow = new int[cellWidth];
        int rowsWithInk = 0;
        int longestRun = 0;
        for (int y = y0; y < y1; y++) {
            int n = 0;
            int coveredRow = (y - y0) * cellWidth;
            for (int x = x0; x < x1; x++) {
                boolean ink = (pixels[y * width + x] & 0xFF) < threshold && !covered[coveredRow + x - x0];
                inRow[x - x0] = ink ? 1 : 0;
                n += inRow[x - x0];
            }
            // a row through a line of text crosses many strokes; one through a border remnant, one or a long bar
            boolean text = n >= MIN_INK_PER_ROW && n < cellWidth / 2;
            if (text) {
                for (int i = 0; i < inRow.length; i++) {
                    perColumn[i] += inRow[i];
                }
            }
            rowsWithInk = text ? rowsWithInk + 1 : 0;
            longestRun = Math.max(longestRun, rowsWithInk);
        }
        int columnsWithInk = 0;
        for (int n : perColumn) {
            columnsWithInk += n >= 2 ? 1 : 0;
        }
        return longestRun >= MIN_TEXT_HEIGHT_INCHES * dpi && columnsWithInk >= MIN_TEXT_WIDTH_INCHES * dpi;
    }

    /**
     * The cell's pixels within a word box (widened by the margin), row by row: one pass per word instead of a
     * look through every word for every pixel.
     */
    static boolean[] coveredByWords(HocrPage page, int x0, int y0, int x1, int y1) {
        int cellWidth = x1 - x0;
        boolean[] covered = new boolean[cellWidth * (y1 - y0)];
        for (HocrPage.Word w : page.words()) {
            if (w.right() <= x0 || w.left() >= x1 || w.bottom() <= y0 || w.top() >= y1) {
                continue;
            }
            int left = Math.max(x0, w.left() - BOX_MARGIN_PX);
            int right = Math.min(x1 - 1, w.right() + BOX_MARGIN_PX);
            int top = Math.max(y0, w.top() - BOX_MARGIN_PX);
            int bottom = Math.min(y1 - 1, w.bottom() + BOX_MARGIN_PX);
            for (int y = top; y <= bottom; y++) {
                Arrays.fill(covered, (y - y0) * cellWidth + left - x0, (y - y0) * cellWidth + right - x0 + 1, true);
            }
        }
        return covered;
    }

    private HocrPage readAgain(HocrPage page, GrayImage prepared, int x0, int y0, int x1, int y1, int dpi) throws IOException {
        HocrPage cell = hocrReader.read(tesseract.hocrOf(crop(prepared, x0, y0, x1, y1), dpi, ONE_BLOCK));
        int dx = x0 - PAD_PX;
        int dy = y0 - PAD_PX;
        List<HocrPage.Line> moved = cell.lines().stream().map(l -> l.moved(dx, dy, l.words().stream()
                .map(w -> new HocrPage.Word(w.text(), w.left() + dx, w.top() + dy, w.right() + dx, w.bottom() + dy,
                        w.confidence())).toList())).toList();
        List<HocrPage.Line> kept = new ArrayList<>();
        int before = 0;
        for (HocrPage.Line line : page.lines()) {
            List<HocrPage.Word> outside = new ArrayList<>();
            for (HocrPage.Word w : line.words()) {
                int cx = (w.left() + w.right()) / 2;
                int cy = (w.top() + w.bottom()) / 2;
                if (cx >= x0 && cx < x1 && cy >= y0 && cy < y1) {
                    before += letters(w.text());
                } else {
                    outside.add(w);
                }
            }
            if (!outside.isEmpty()) {
                kept.add(outside.size() == line.words().size() ? line : line.moved(0, 0, List.copyOf(outside)));
            }
        }
        int after = moved.stream().flatMap(l -> l.words().stream()).mapToInt(w -> letters(w.text())).sum();
        if (after <= before) {
            return page;
        }
        LOG.debug("cell at [{},{}] read again on its own: [{}] letters instead of [{}]", x0, y0, after, before);
        kept.addAll(moved);
        return new HocrPage(page.width(), page.height(), List.copyOf(kept));
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /** The cell on a white margin, which Tesseract needs to find text touching the edge. */
    private static GrayImage crop(GrayImage page, int x0, int y0, int x1, int y1) {
        BufferedImage out = new BufferedImage(x1 - x0 + 2 * PAD_PX, y1 - y0 + 2 * PAD_PX, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(page.image().getSubimage(x0, y0, x1 - x0, y1 - y0), PAD_PX, PAD_PX, null);
        } finally {
            g.dispose();
        }
        return new GrayImage(out);
    }
}
