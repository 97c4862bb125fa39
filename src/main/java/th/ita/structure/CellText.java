package th.ita.structure;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import th.ita.extract.WordBox;

/**
 * A table cell's words joined back into its text: a wrapped line continues its sentence (Thai joins without a
 * space, so a word the cell's width broke letter by letter, "ผู้รับ / ผิด / ชอ / บ", comes back whole), while a
 * larger gap or a list marker starts a new paragraph, kept as '\n' so list items stay apart.
 */
final class CellText {

    private static final Pattern ITEM_START = Pattern.compile("^(?:[0-9๐-๙]{1,2}[.)](?![0-9๐-๙])|[-•●▪◦]|\\(\\s*[Oo]).*");

    private final UnaryOperator<String> normalizer;

    CellText(UnaryOperator<String> normalizer) {
        this.normalizer = normalizer;
    }

    String of(List<WordBox> words) {
        List<List<WordBox>> lines = LineGrouping.lines(words);
        // the smallest step between lines is single spacing; a wider step is a paragraph break
        double pitch = Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            pitch = Math.min(pitch, lines.get(i).get(0).y() - lines.get(i - 1).get(0).y());
        }
        StringBuilder out = new StringBuilder();
        List<WordBox> previous = null;
        for (List<WordBox> line : lines) {
            String text = normalizer.apply(LineGrouping.text(line)).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (previous != null) {
                double step = line.get(0).y() - previous.get(0).y();
                boolean paragraph = step > pitch * 1.3 || startsItem(text);
                out.append(paragraph ? "\n" : ThaiText.joiner(out, text));
            }
            out.append(text);
            previous = line;
        }
        return out.toString();
    }

    /** Whether a line opens a list item ("๒.", "-", "(O…"), so it starts a paragraph rather than continuing one. */
    static boolean startsItem(String line) {
        return ITEM_START.matcher(line.lines().findFirst().orElse("")).matches();
    }
}
