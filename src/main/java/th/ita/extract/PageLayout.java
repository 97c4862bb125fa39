package th.ita.extract;

import java.util.List;

/**
 * The words of one page with their positions: the intermediate form that table rebuilding reads.
 *
 * @param number      1-based page number
 * @param width       page width in points
 * @param height      page height in points
 * @param words       words in reading order as the source gave them
 * @param rulingLines horizontal and vertical lines drawn on the page (table borders), possibly empty
 */
public record PageLayout(int number, double width, double height, List<WordBox> words, List<RulingLine> rulingLines) {
}
