package th.ita.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import th.ita.extract.PageLayout;
import th.ita.extract.RulingRows;
import th.ita.extract.RulingLine;
import th.ita.extract.WordBox;

/**
 * Rebuilds tables and running lines from positioned words (PDF text positions, later OCR word boxes).
 * Horizontal ruling lines cut the page into bands; a band crossed by two or more vertical lines is a table
 * row whose cells lie between those lines. Words outside rows become lines of text, in page order.
 */
final class LayoutFlowReader {

    /** Rows further apart than this are separate tables. */
    private static final double TABLE_GAP = 4.0;
    /** Share of the smaller height two boxes must overlap by to sit on one line whatever their centres. */
    private static final double WITHIN_LINE = 0.6;
    private static final Pattern ITEM_START = Pattern.compile("^(?:[0-9๐-๙]{1,2}[.)](?![0-9๐-๙])|[-•●▪◦]|\\(\\s*[Oo]).*");
    private static final Pattern TABLE_HEADER_WORDS = Pattern.compile(".*(?:มาตรการ|ตัวชี้วัด).*(?:ระยะเวลา|ประเด็น|ผลการ).*");

    private final UnaryOperator<String> normalizer;

    LayoutFlowReader(UnaryOperator<String> normalizer) {
        this.normalizer = normalizer;
    }

    private record Placed(double y, Block block) {
    }

    List<Block> read(List<PageLayout> pages, ProblemLog problems) {
        List<Block> blocks = new ArrayList<>();
        for (PageLayout page : pages) {
            blocks.addAll(page(page, problems));
        }
        return blocks;
    }

    private List<Block> page(PageLayout page, ProblemLog problems) {
        List<RulingRows> rows = RulingRows.of(page.rulingLines());
        List<WordBox> free = new ArrayList<>();
        List<List<List<WordBox>>> cells = new ArrayList<>();
        for (RulingRows row : rows) {
            List<List<WordBox>> rowCells = new ArrayList<>();
            for (int c = 0; c + 1 < row.xs().size(); c++) {
                rowCells.add(new ArrayList<>());
            }
            cells.add(rowCells);
        }
        for (WordBox w : page.words()) {
            double cx = w.x() + w.width() / 2;
            double cy = w.y() + w.height() / 2;
            boolean placed = false;
            for (int r = 0; r < rows.size() && !placed; r++) {
                RulingRows row = rows.get(r);
                if (cy < row.top() || cy > row.bottom()) {
                    continue;
                }
                for (int c = 0; c + 1 < row.xs().size(); c++) {
                    if (cx >= row.xs().get(c) && cx < row.xs().get(c + 1)) {
                        cells.get(r).get(c).add(w);
                        placed = true;
                        break;
                    }
                }
            }
            if (!placed) {
                free.add(w);
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (List<WordBox> line : lines(free)) {
            String text = normalizer.apply(lineText(line));
            if (!text.isBlank()) {
                placed.add(new Placed(line.get(0).y(), new Block.Paragraph(text)));
                if (rows.isEmpty() && TABLE_HEADER_WORDS.matcher(text).matches()) {
                    problems.add("TABLE_WITHOUT_RULINGS", "page " + page.number()
                            + " seems to hold a table without drawn borders; its rows were read as text");
                }
            }
        }
        // consecutive rows that touch form one table
        List<List<String>> table = new ArrayList<>();
        double tableTop = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0 && rows.get(r).top() - rows.get(r - 1).bottom() > TABLE_GAP) {
                placed.add(new Placed(tableTop, new Block.Table(table, List.of(page.number()))));
                table = new ArrayList<>();
            }
            if (table.isEmpty()) {
                tableTop = rows.get(r).top();
            }
            List<String> texts = new ArrayList<>();
            for (List<WordBox> cell : cells.get(r)) {
                texts.add(cellText(cell));
            }
            if (texts.stream().anyMatch(t -> !t.isBlank())) {
                table.add(texts);
            }
        }
        if (!table.isEmpty()) {
            placed.add(new Placed(tableTop, new Block.Table(table, List.of(page.number()))));
        }
        placed.sort(Comparator.comparingDouble(Placed::y));
        return placed.stream().map(Placed::block).toList();
    }

    /**
     * Words grouped into lines by their vertical centre, each line left to right. A word whose box lies
     * mostly within the line's height belongs to it even when its centre is off: OCR boxes a Thai word with
     * its marks, so "กองคลั" reaches higher than the "ง" OCR split from it, and "ุกกองงาน" lower than its "ท";
     * but a word standing under a word of the line (a list dash on the next line) starts a line of its own.
     */
    private static List<List<WordBox>> lines(List<WordBox> words) {
        List<WordBox> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((WordBox w) -> w.y() + w.height() / 2));
        List<List<WordBox>> lines = new ArrayList<>();
        double lineCentre = Double.NaN;
        double lineHeight = 0;
        double lineTop = 0;
        double lineBottom = 0;
        for (WordBox w : sorted) {
            double centre = w.y() + w.height() / 2;
            double overlap = Math.min(lineBottom, w.y() + w.height()) - Math.max(lineTop, w.y());
            boolean sameLine = !lines.isEmpty()
                    && (Math.abs(centre - lineCentre) <= Math.max(2, Math.min(lineHeight, w.height()) * 0.5)
                    || overlap >= WITHIN_LINE * Math.min(w.height(), lineBottom - lineTop)
                    && besideEveryWord(w, lines.get(lines.size() - 1)));
            if (!sameLine) {
                lines.add(new ArrayList<>());
                lineCentre = centre;
                lineHeight = w.height();
                lineTop = w.y();
                lineBottom = w.y() + w.height();
            }
            lines.get(lines.size() - 1).add(w);
        }
        for (List<WordBox> line : lines) {
            line.sort(Comparator.comparingDouble(WordBox::x));
        }
        return lines;
    }

    /** Words of one line do not stand over one another; a mark OCR boxed apart overlaps its letter a little. */
    private static boolean besideEveryWord(WordBox w, List<WordBox> line) {
        for (WordBox other : line) {
            double overlap = Math.min(w.x() + w.width(), other.x() + other.width()) - Math.max(w.x(), other.x());
            if (overlap > 0.5 * Math.min(w.width(), other.width())) {
                return false;
            }
        }
        return true;
    }

    private static String lineText(List<WordBox> line) {
        StringBuilder s = new StringBuilder();
        for (WordBox w : line) {
            s.append(s.length() == 0 ? "" : " ").append(w.text());
        }
        return s.toString();
    }

    /**
     * A cell's lines joined back: a wrapped line continues its sentence (Thai joins without a space), while
     * a larger gap or a list marker starts a new paragraph, kept as '\n' so list items stay apart.
     */
    private String cellText(List<WordBox> words) {
        List<List<WordBox>> lines = lines(words);
        // the smallest step between lines is single spacing; a wider step is a paragraph break
        double pitch = Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            pitch = Math.min(pitch, lines.get(i).get(0).y() - lines.get(i - 1).get(0).y());
        }
        StringBuilder out = new StringBuilder();
        List<WordBox> previous = null;
        for (List<WordBox> line : lines) {
            String text = normalizer.apply(lineText(line)).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (previous != null) {
                double step = line.get(0).y() - previous.get(0).y();
                boolean paragraph = step > pitch * 1.3 || ITEM_START.matcher(text).matches();
                out.append(paragraph ? "\n" : ThaiText.joiner(out, text));
            }
            out.append(text);
            previous = line;
        }
        return out.toString();
    }
}
