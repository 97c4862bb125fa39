package th.ita.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Character error rate of OCR text against a reference text, tolerant of reading order.
 * <p>Both texts are compared without whitespace and markup: Thai spacing in a scan is a matter of layout, and
 * the seeds are Markdown with HTML fragments in cells. OCR'd text comes in blocks (a paragraph or a table cell,
 * separated by blank lines) whose order need not match the reference: a table row that runs over a page break
 * is split in two on the scan, and continues row-wise in the seed. So each block is aligned on its own to the
 * stretch of the reference it matches best (edit distance with free ends in the reference), and the errors are
 * the edits inside the blocks plus the reference characters no block covered. Without the free block order
 * this is the ordinary Levenshtein CER; with it, it is close to the flexible character accuracy of
 * Clausner, Pletschacher and Antonacopoulos (2020).
 */
public final class CharacterErrorRate {

    private static final Pattern MARKUP = Pattern.compile("<[^>]{1,40}>|\\*\\*|-{3,}|[|#\\s]");
    private static final Pattern BLOCKS = Pattern.compile("\\n\\s*\\n");

    /** Errors and reference characters of one page (or of everything). */
    public record Score(long errors, long referenceChars) {
        public double rate() {
            return referenceChars == 0 ? 0 : (double) errors / referenceChars;
        }
    }

    /** The reference, prepared once for many pages. */
    public static final class Reference {
        private final String text;
        private final boolean[] covered;

        public Reference(String text) {
            this.text = canonical(text);
            this.covered = new boolean[this.text.length()];
        }

        public int length() {
            return text.length();
        }

        /** Scores one page's text and marks the reference characters it matched. */
        public Score page(String ocrText) {
            long errors = 0;
            long matched = 0;
            for (String block : BLOCKS.split(ocrText)) {
                String b = canonical(block);
                if (b.isEmpty()) {
                    continue;
                }
                int[] alignment = align(b);
                errors += alignment[0];
                matched += alignment[2] - alignment[1];
                for (int i = alignment[1]; i < alignment[2]; i++) {
                    covered[i] = true;
                }
            }
            return new Score(errors, matched);
        }

        /** All pages scored so far: their edits plus the reference characters no page matched. */
        public Score overall(List<Score> pages) {
            long uncovered = 0;
            for (boolean c : covered) {
                uncovered += c ? 0 : 1;
            }
            return new Score(pages.stream().mapToLong(Score::errors).sum() + uncovered, text.length());
        }

        /** Edit distance of {@code block} to its best-matching stretch [start, end) of the reference. */
        private int[] align(String block) {
            int n = text.length();
            int[] previous = new int[n + 1];
            int[] previousStart = new int[n + 1];
            int[] current = new int[n + 1];
            int[] currentStart = new int[n + 1];
            for (int j = 0; j <= n; j++) {
                previousStart[j] = j;
            }
            for (int i = 1; i <= block.length(); i++) {
                char c = block.charAt(i - 1);
                current[0] = i;
                currentStart[0] = 0;
                for (int j = 1; j <= n; j++) {
                    int substitute = previous[j - 1] + (text.charAt(j - 1) == c ? 0 : 1);
                    int insert = previous[j] + 1;
                    int delete = current[j - 1] + 1;
                    if (substitute <= insert && substitute <= delete) {
                        current[j] = substitute;
                        currentStart[j] = previousStart[j - 1];
                    } else if (insert <= delete) {
                        current[j] = insert;
                        currentStart[j] = previousStart[j];
                    } else {
                        current[j] = delete;
                        currentStart[j] = currentStart[j - 1];
                    }
                }
                int[] swap = previous;
                previous = current;
                current = swap;
                swap = previousStart;
                previousStart = currentStart;
                currentStart = swap;
            }
            int bestEnd = 0;
            for (int j = 1; j <= n; j++) {
                if (previous[j] < previous[bestEnd]) {
                    bestEnd = j;
                }
            }
            return new int[] {previous[bestEnd], previousStart[bestEnd], bestEnd};
        }
    }

    private CharacterErrorRate() {
    }

    /** The text as compared: no whitespace, no Markdown or HTML markup. */
    public static String canonical(String text) {
        return MARKUP.matcher(text).replaceAll("");
    }

    /** Ordinary (order-sensitive) Levenshtein distance, for comparison with the block-wise score. */
    public static long levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1, previous[j - 1] + (b.charAt(j - 1) == c ? 0 : 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
