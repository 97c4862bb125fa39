package th.ita.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.extract.PageLayout;
import th.ita.extract.RulingLine;
import th.ita.extract.WordBox;

/**
 * Turns one page of hOCR into the page layout table rebuilding reads and the page's text.
 * <p>Tesseract cuts Thai into syllables or single letters and hOCR does not say where it saw spaces, so
 * neighbouring pieces are joined back into words unless the gap between them is as wide as a space; measured
 * against Tesseract's own text output on the scanned seed, a gap over a quarter of the line's letter height
 * finds 92% of its spaces with 90% precision.
 * <p>The text keeps Tesseract's reading order outside tables; inside a table it runs cell by cell, row by row,
 * because Tesseract reads a table line by line straight across its cells, which would interleave the cells'
 * sentences. Cells, and paragraphs set apart by extra space, are separated by a blank line; Tesseract's own
 * paragraphs are not used for this, as it starts one at almost every line of a title, and the structure stage
 * reads a title only from consecutive lines.
 * <p>A word's box is as wide as its ink but as high as its line: it stands on the line's baseline and reaches the
 * page's usual ascent above it and descent below it. Thai ink boxes are as high as the marks a word happens to
 * carry ("งาน" is half as high as "ทุกกอง" above it and starts lower), so boxes of ink put the lines of a cell at
 * uneven steps and tell a wrapped line from a new paragraph wrongly; baselines are evenly spaced, as a text
 * layer's font boxes are.
 */
public final class OcrPageBuilder {

    /** A gap wider than this share of the line's letter height (x_size) is a space. */
    static final double SPACE_PER_X_SIZE = 0.25;
    /** Used when a line has no x_size: the same gap as a share of the whole line's height. */
    static final double SPACE_PER_LINE_HEIGHT = 0.22;
    /**
     * Space between two lines wider than this share of their letter height starts a paragraph: lines of one
     * paragraph were 15-33 px apart on the 200 dpi seed scans (x_size about 55), paragraphs 48 px or more.
     */
    static final double PARAGRAPH_GAP_PER_X_SIZE = 0.7;

    /** A block of text placed on the page: a paragraph outside tables or one table cell. */
    private record Block(double top, int row, int column, List<String> lines) {
    }

    public OcrPage build(int pageNumber, HocrPage read, int dpi, List<RulingLine> rulingsInPoints) {
        double scale = 72.0 / dpi;
        HocrPage hocr = DetachedMarks.without(read);
        TableGrid grid = new TableGrid(rulingsInPoints);
        LineBand band = LineBand.of(hocr.lines());
        List<WordBox> words = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        List<Block> paragraphs = new ArrayList<>();
        Map<TableGrid.Cell, Block> cells = new LinkedHashMap<>();
        Block paragraph = null;
        HocrPage.Line previousFree = null;
        for (HocrPage.Line line : hocr.lines()) {
            line.words().forEach(w -> confidences.add(w.confidence()));
            StringBuilder free = new StringBuilder();
            Map<TableGrid.Cell, StringBuilder> inCells = new LinkedHashMap<>();
            for (List<HocrPage.Word> run : runs(line)) {
                WordBox box = boxOf(run, line, band, scale);
                words.add(box);
                Optional<TableGrid.Cell> cell = grid.cellAt(box.x() + box.width() / 2, box.y() + box.height() / 2);
                StringBuilder target = cell.isPresent() ? inCells.computeIfAbsent(cell.get(), c -> new StringBuilder()) : free;
                target.append(target.isEmpty() ? "" : " ").append(box.text());
            }
            if (!free.isEmpty()) {
                if (paragraph == null || startsParagraph(previousFree, line)) {
                    paragraph = new Block(line.top() * scale, -1, -1, new ArrayList<>());
                    paragraphs.add(paragraph);
                }
                paragraph.lines().add(free.toString());
                previousFree = line;
            }
            inCells.forEach((cell, text) -> cells.computeIfAbsent(cell,
                    c -> new Block(c.top(), c.row(), c.column(), new ArrayList<>())).lines().add(text.toString()));
        }
        List<Block> blocks = new ArrayList<>(paragraphs);
        blocks.addAll(cells.values());
        // paragraphs by where they start; cells after the paragraphs above their row, row by row, left to right
        blocks.sort(Comparator.comparingDouble(Block::top).thenComparingInt(Block::row).thenComparingInt(Block::column));
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            text.append(String.join("\n", block.lines())).append("\n\n");
        }
        PageLayout layout = new PageLayout(pageNumber, hocr.width() * scale, hocr.height() * scale,
                List.copyOf(words), List.copyOf(rulingsInPoints));
        return new OcrPage(layout, text.toString(), List.copyOf(confidences), Optional.empty());
    }

    private static boolean startsParagraph(HocrPage.Line previous, HocrPage.Line line) {
        int gap = line.top() - previous.bottom();
        boolean below = line.top() > previous.top();
        double letterHeight = Math.max(letterHeight(previous), letterHeight(line));
        return !below || gap > letterHeight * PARAGRAPH_GAP_PER_X_SIZE;
    }

    private static double letterHeight(HocrPage.Line line) {
        return line.xSize() > 0 ? line.xSize() : line.height() * 0.8;
    }

    /** The line's words grouped into runs with no space-wide gap inside. */
    static List<List<HocrPage.Word>> runs(HocrPage.Line line) {
        double spaceGap = line.xSize() > 0 ? line.xSize() * SPACE_PER_X_SIZE : line.height() * SPACE_PER_LINE_HEIGHT;
        List<List<HocrPage.Word>> runs = new ArrayList<>();
        HocrPage.Word previous = null;
        for (HocrPage.Word word : line.words()) {
            if (previous == null || word.left() - previous.right() > spaceGap) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(word);
            previous = word;
        }
        return runs;
    }

    /**
     * How far the page's lines usually reach above and below their baseline, in pixels: the median over its
     * lines, so that a line of marks-laden letters and one of bare letters get the same height.
     */
    record LineBand(double ascent, double descent) {

        static LineBand of(List<HocrPage.Line> lines) {
            double[] ascents = lines.stream().mapToDouble(l -> l.baselineAt((l.left() + l.right()) / 2.0) - l.top())
                    .filter(a -> a > 0).sorted().toArray();
            double[] descents = lines.stream().mapToDouble(l -> l.bottom() - l.baselineAt((l.left() + l.right()) / 2.0))
                    .filter(d -> d >= 0).sorted().toArray();
            return new LineBand(ascents.length == 0 ? 0 : ascents[ascents.length / 2],
                    descents.length == 0 ? 0 : descents[descents.length / 2]);
        }
    }

    /**
     * One box around the run, as wide as its ink and standing on its line's baseline with the page's usual
     * ascent and descent (its ink's own height when the page gives none); its confidence is the mean of its
     * pieces weighted by their length.
     */
    private static WordBox boxOf(List<HocrPage.Word> run, HocrPage.Line line, LineBand band, double scale) {
        StringBuilder text = new StringBuilder();
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        double weighted = 0;
        int chars = 0;
        for (HocrPage.Word w : run) {
            text.append(w.text());
            left = Math.min(left, w.left());
            top = Math.min(top, w.top());
            right = Math.max(right, w.right());
            bottom = Math.max(bottom, w.bottom());
            weighted += w.confidence() * w.text().length();
            chars += w.text().length();
        }
        if (band.ascent() > 0) {
            double baseline = line.baselineAt((left + right) / 2.0);
            top = (int) Math.round(baseline - band.ascent());
            bottom = (int) Math.round(baseline + band.descent());
        }
        return new WordBox(text.toString(), left * scale, top * scale, (right - left) * scale, (bottom - top) * scale,
                chars == 0 ? 0 : weighted / chars);
    }
}
