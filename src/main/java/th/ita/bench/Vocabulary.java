package th.ita.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Words of real report text with their frequencies ({@code bench/vocabulary.tsv}, made by
 * {@code scripts/make-bench-vocabulary.sh}), drawn in proportion to their counts: common words ("การ", "และ") land
 * in most units, rare ones in few, as in a real corpus. Synthetic units take their own sentences from here.
 */
final class Vocabulary {

    /** A unit keeps each template item with this chance: offices word the same measure differently. */
    private static final double KEEP_ITEM = 0.6;
    /** A unit keeps its template title with this chance, otherwise the title gains or becomes words of its own. */
    private static final double KEEP_TITLE = 0.5;
    /** Sentences of a unit's own, the most a list gains: with the chance halving per sentence, most gain one or two. */
    private static final int MAX_OWN_ITEMS = 8;

    private static volatile Vocabulary shared;

    private final String[] words;
    /** Running totals of the counts, for drawing a word in proportion to its count. */
    private final long[] upTo;

    private Vocabulary(List<String> words, List<Long> counts) {
        this.words = words.toArray(String[]::new);
        this.upTo = new long[counts.size()];
        long total = 0;
        for (int i = 0; i < counts.size(); i++) {
            total += counts.get(i);
            upTo[i] = total;
        }
    }

    static Vocabulary shared() {
        Vocabulary current = shared;
        if (current == null) {
            current = load();
            shared = current;
        }
        return current;
    }

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/bench/vocabulary.tsv")) {
            List<String> words = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && columns.length == 2) {
                    words.add(columns[0]);
                    counts.add(Long.parseLong(columns[1].strip()));
                }
            }
            return new Vocabulary(words, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String word(Random random) {
        int at = Arrays.binarySearch(upTo, (long) (random.nextDouble() * upTo[upTo.length - 1]));
        return words[Math.min(words.length - 1, at < 0 ? -at - 1 : at + 1)];
    }

    /** Three to about thirty words, written together as Thai is, with a space now and then between phrases. */
    String sentence(Random random, int minWords) {
        int length = minWords + (int) Math.round(Math.abs(random.nextGaussian()) * 10);
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0 && random.nextInt(4) == 0) {
                sentence.append(' ');
            }
            sentence.append(word(random));
        }
        return sentence.toString();
    }

    /** The template's items, each kept by chance and reordered, and a few sentences of the unit's own. */
    List<String> vary(List<String> items, Random random) {
        List<String> varied = new ArrayList<>(items.size() + 2);
        for (String item : items) {
            if (random.nextDouble() < KEEP_ITEM) {
                varied.add(item);
            }
        }
        for (int i = 0; i < MAX_OWN_ITEMS && random.nextBoolean(); i++) {
            varied.add(sentence(random, 3));
        }
        Collections.shuffle(varied, random);
        return varied;
    }

    /** The template's title, or half the time words of the unit's own, before or instead of it. */
    String title(String title, Random random) {
        if (random.nextDouble() < KEEP_TITLE) {
            return title;
        }
        String own = sentence(random, 2);
        return random.nextBoolean() ? own : own + " " + title;
    }
}
