package th.ita.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import th.ita.index.SearchTextNormalizer;
import th.ita.index.ThaiWordAnalyzer;

/**
 * Writes {@code bench/vocabulary.tsv}, the word frequencies {@link SyntheticUnits} draws its filler text from: every
 * word the index's own segmentation finds in a folder of plain-text exports of real reports, with its count, the
 * most frequent first. Run by {@code scripts/make-bench-vocabulary.sh}.
 */
public final class BenchVocabularyFile {

    /** Words seen once are mostly extraction damage and broken segmentation. */
    private static final int MIN_COUNT = 2;
    /** Enough for a long Zipf tail, few enough to keep the file small. */
    private static final int MAX_WORDS = 6_000;

    private BenchVocabularyFile() {
    }

    public static void main(String[] args) throws IOException {
        Path texts = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, Integer> counts = new HashMap<>();
        try (Analyzer analyzer = new ThaiWordAnalyzer(); Stream<Path> files = Files.list(texts)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                count(analyzer, SearchTextNormalizer.normalize(Files.readString(file, StandardCharsets.UTF_8)), counts);
            }
        }
        List<Map.Entry<String, Integer>> words = new ArrayList<>(counts.entrySet());
        words.removeIf(entry -> entry.getValue() < MIN_COUNT);
        words.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> lines = new ArrayList<>();
        lines.add("# Word frequencies of real report text (scripts/make-bench-vocabulary.sh): word, tab, count.");
        words.stream().limit(MAX_WORDS).forEach(entry -> lines.add(entry.getKey() + "\t" + entry.getValue()));
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    /**
     * Words of two characters or more with a letter: numbers and punctuation would only add noise terms, and lone
     * letters are pieces of words a PDF's text layer broke ("กำ|หนด"), which the index's normaliser mostly joins.
     */
    private static void count(Analyzer analyzer, String text, Map<String, Integer> counts) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (word.length() > 1 && word.codePoints().anyMatch(Character::isLetter)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
