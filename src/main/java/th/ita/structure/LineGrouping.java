package th.ita.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import th.ita.extract.WordBox;

/** Positioned words grouped into lines of text, the first step of every layout reading. */
final class LineGrouping {

    /** Share of the smaller height two boxes must overlap by to sit on one line whatever their centres. */
    private static final double WITHIN_LINE = 0.6;

    private LineGrouping() {
    }

    /**
     * Words grouped into lines by their vertical centre, each line left to right, lines top to bottom. A word
     * whose box lies mostly within the line's height belongs to it even when its centre is off: OCR boxes a Thai
     * word with its marks, so "กองคลั" reaches higher than the "ง" OCR split from it, and "ุกกองงาน" lower than
     * its "ท"; but a word standing under a word of the line (a list dash on the next line) starts a line of its own.
     */
    static List<List<WordBox>> lines(List<WordBox> words) {
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

    static String text(List<WordBox> line) {
        StringBuilder s = new StringBuilder();
        for (WordBox w : line) {
            s.append(s.length() == 0 ? "" : " ").append(w.text().strip());
        }
        return s.toString();
    }

    /** Whether the source wrote a space after the line's last word: a PDF space glyph kept on the word. */
    static boolean endsWithSpace(List<WordBox> line) {
        return !line.isEmpty() && endsWithSpace(line.get(line.size() - 1));
    }

    static boolean endsWithSpace(WordBox word) {
        String text = word.text();
        return !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
    }

    static double top(List<WordBox> line) {
        return line.stream().mapToDouble(WordBox::y).min().orElse(0);
    }

    static double bottom(List<WordBox> line) {
        return line.stream().mapToDouble(w -> w.y() + w.height()).max().orElse(0);
    }
}
