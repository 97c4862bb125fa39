package th.ita.structure;

import java.util.List;

/**
 * Text whose every line stands alone between blank lines. A PDF's text extractor starts a paragraph wherever the
 * step to the next line is large against the font's height; a font with a tall line box (Garuda's is twice its
 * letters' height) printed at its natural line spacing makes every step large, so each wrapped line of a memo
 * field, a title or a signatory's position comes out as a paragraph of its own. When nearly every line is
 * followed by a blank one, the blanks say nothing about paragraphs and are dropped, so readers that follow a
 * field onto its next line find it.
 */
final class DoubleSpacedLines {

    /** Share of text lines followed by a blank line above which the blanks carry no paragraph breaks. */
    private static final double DOUBLE_SPACED = 0.9;
    /** Fewer text lines than this are too few to tell a spacing from a few short paragraphs. */
    private static final int FEWEST_LINES = 20;

    private DoubleSpacedLines() {
    }

    static List<String> closed(List<String> lines) {
        int text = 0;
        int followedByBlank = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                text++;
                if (lines.get(i + 1).isBlank()) {
                    followedByBlank++;
                }
            }
        }
        if (text < FEWEST_LINES || followedByBlank < DOUBLE_SPACED * text) {
            return lines;
        }
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }
}
