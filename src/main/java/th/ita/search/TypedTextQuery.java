package th.ita.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import th.ita.index.IndexFields;
import th.ita.index.SearchTextNormalizer;

/**
 * Turns what a person typed into a Lucene query without a query parser, so no character is ever syntax: every
 * whitespace-separated part (or "quoted phrase") matches either precisely, by words in the title, text or context,
 * or loosely, by most of its Thai bigrams close together. A clean match scores on both the word and the bigram
 * field, a damaged one only on bigrams, so the clean one ranks higher. Boosts were set on the quality set
 * (docs/search.md).
 */
final class TypedTextQuery {

    static final float TITLE_BOOST = 2f;
    static final float TEXT_BOOST = 1f;
    static final float CONTEXT_BOOST = 0.5f;
    static final float BIGRAM_BOOST = 1f;
    /** Share of a part's bigrams a loose match needs; a lost SARA AM costs 2 of a word's bigrams. */
    static final double BIGRAM_SHARE = 0.7;

    /** Extra positions a loose match may spread over: a lost or doubled character shifts the rest by one. */
    static final int BIGRAM_SLACK = 2;

    private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]*)[\"“”]");

    private final Analyzer analyzer;
    private final boolean useBigrams;

    /** @param useBigrams false only to measure what the recall field adds */
    TypedTextQuery(Analyzer analyzer, boolean useBigrams) {
        this.analyzer = analyzer;
        this.useBigrams = useBigrams;
    }

    /**
     * @return empty when nothing searchable was typed; otherwise the query needing every part and the one needing any
     */
    Optional<Parts> build(String typed) {
        String text = SearchTextNormalizer.normalize(typed);
        List<Query> parts = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (quoted.find()) {
            rest.append(text, last, quoted.start()).append(' ');
            part(quoted.group(1), true).ifPresent(parts::add);
            last = quoted.end();
        }
        rest.append(text.substring(last));
        for (String word : rest.toString().replace('"', ' ').split("\\s+")) {
            part(word, false).ifPresent(parts::add);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        parts.forEach(part -> {
            every.add(part, Occur.MUST);
            any.add(part, Occur.SHOULD);
        });
        return Optional.of(new Parts(every.build(), any.build(), parts.size()));
    }

    private Optional<Query> part(String text, boolean phrase) {
        List<Token> words = tokens(IndexFields.TEXT, text);
        List<Token> bigrams = useBigrams ? tokens(IndexFields.TEXT_BIGRAMS, text) : List.of();
        if (words.isEmpty() && bigrams.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (!words.isEmpty()) {
            either.add(new BoostQuery(words(IndexFields.TITLE, words, phrase), TITLE_BOOST), Occur.SHOULD);
            either.add(new BoostQuery(words(IndexFields.TEXT, words, phrase), TEXT_BOOST), Occur.SHOULD);
            either.add(new BoostQuery(words(IndexFields.CONTEXT, words, phrase), CONTEXT_BOOST), Occur.SHOULD);
        }
        if (!bigrams.isEmpty()) {
            either.add(new BoostQuery(bigrams(bigrams, phrase), BIGRAM_BOOST), Occur.SHOULD);
        }
        return Optional.of(either.build());
    }

    /** All words must be there; in order they score more. A quoted part must be in order. */
    private static Query words(String field, List<Token> words, boolean phrase) {
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0).term()));
        }
        Query inOrder = phraseOf(field, words);
        if (phrase) {
            return inOrder;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(word -> all.add(new TermQuery(new Term(field, word.term())), Occur.MUST));
        all.add(inOrder, Occur.SHOULD);
        return all.build();
    }

    private static Query bigrams(List<Token> bigrams, boolean phrase) {
        String field = IndexFields.TEXT_BIGRAMS;
        if (bigrams.size() == 1) {
            return new TermQuery(new Term(field, bigrams.get(0).term()));
        }
        if (phrase) {
            return phraseOf(field, bigrams);
        }
        int needed = (int) Math.ceil(bigrams.size() * BIGRAM_SHARE);
        // Cheap first cut: documents holding enough of the bigrams anywhere ...
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        bigrams.forEach(bigram -> most.add(new TermQuery(new Term(field, bigram.term())), Occur.SHOULD));
        most.setMinimumNumberShouldMatch(needed);
        // ... then only those holding them together, within a window barely wider than the typed word: bigrams
        // scattered over a long text are not the word.
        IntervalsSource[] sources = bigrams.stream().map(bigram -> Intervals.term(bigram.term())).toArray(IntervalsSource[]::new);
        Query together = new IntervalQuery(field, Intervals.maxwidth(bigrams.size() + BIGRAM_SLACK, Intervals.atLeast(needed, sources)));
        return new BooleanQuery.Builder().add(most.build(), Occur.FILTER).add(together, Occur.MUST).build();
    }

    private static Query phraseOf(String field, List<Token> tokens) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(token -> phrase.add(new Term(field, token.term()), token.position()));
        return phrase.build();
    }

    private List<Token> tokens(String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            // Analysing a String does no I/O.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The typed text as queries.
     *
     * @param every all parts must match: what a search tries first
     * @param any   any part may match: the fallback when every part finds nothing
     * @param count how many parts; with one, the two queries find the same
     */
    record Parts(Query every, Query any, int count) {
    }

    /** Analysed tokens of a query part, with their positions for phrases. */
    record Token(String term, int position) {
    }
}
