package th.ita.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
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
 * whitespace-separated part (or "quoted phrase") matches either by its words in the title, text or context, or as a
 * substring of the text with spaces between Thai letters ignored (its Thai bigrams as one phrase). A clean match in
 * order scores on both the word and the bigram field, a damaged or differently segmented one on one of them, so the
 * clean one ranks higher. Each part also has a relaxed form, most of its bigrams in any order, which the searcher
 * runs only when the strict query finds fewer hits than asked for (OCR damage inside a word). Boosts were set on the
 * quality set (docs/search.md).
 */
final class TypedTextQuery {

    static final float TITLE_BOOST = 2f;
    static final float TEXT_BOOST = 1f;
    static final float CONTEXT_BOOST = 0.5f;
    static final float BIGRAM_BOOST = 1f;
    /**
     * Share of a part's distinct bigrams a unit must hold to match it relaxed: one letter lost, added or misread
     * inside a word changes two bigrams, so a nine-letter word keeps six of eight (75 %).
     */
    static final double SHARED_BIGRAMS = 0.7;
    /** Below this many distinct bigrams (a word of four letters) most of them is nearly all of them: no relaxed form. */
    static final int MIN_RELAXED_BIGRAMS = 4;
    /**
     * A bigram in more than this share of the index ("าร", "กา") is taken as present in the relaxed form instead of
     * read: walking its postings is most of what that query costs, and it tells almost nothing about a unit.
     */
    static final double COMMON_BIGRAM_SHARE = 0.2;
    /** ... and in more documents than this: in a small index every bigram is read, as before. */
    static final int COMMON_BIGRAM_MIN_DOCS = 5_000;

    /** How many documents of the searched index hold a bigram; the default knows no index and reads every bigram. */
    interface BigramFrequency {
        BigramFrequency NONE = term -> false;

        boolean common(String bigram) throws IOException;

        static BigramFrequency of(IndexReader reader) {
            long common = Math.max(COMMON_BIGRAM_MIN_DOCS, (long) (COMMON_BIGRAM_SHARE * reader.maxDoc()));
            return term -> reader.docFreq(new Term(IndexFields.TEXT_BIGRAMS, term)) > common;
        }
    }

    private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]*)[\"“”]");

    private final Analyzer analyzer;
    private final BigramRecall recall;

    /** @param recall anything but the shipped {@link BigramRecall#SUBSTRING_THEN_SHARED} only to measure */
    TypedTextQuery(Analyzer analyzer, BigramRecall recall) {
        this.analyzer = analyzer;
        this.recall = recall;
    }

    /**
     * @return empty when nothing searchable was typed; otherwise the query needing every part and the one needing any
     */
    Optional<Parts> build(String typed) {
        return build(typed, BigramFrequency.NONE);
    }

    /** @param frequency which bigrams the relaxed form takes as present instead of reading them */
    Optional<Parts> build(String typed, BigramFrequency frequency) {
        String text = SearchTextNormalizer.normalize(typed);
        List<Part> parts = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (quoted.find()) {
            rest.append(text, last, quoted.start()).append(' ');
            part(quoted.group(1), true, frequency).ifPresent(parts::add);
            last = quoted.end();
        }
        rest.append(text.substring(last));
        for (String word : rest.toString().replace('"', ' ').split("\\s+")) {
            part(word, false, frequency).ifPresent(parts::add);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        parts.forEach(part -> {
            every.add(part.match(), Occur.MUST);
            any.add(part.match(), Occur.SHOULD);
            highlight.add(part.highlight(), Occur.SHOULD);
        });
        Query marked = highlight.build();
        return Optional.of(new Parts(every.build(), any.build(), marked, parts.size(), relaxed(parts, marked)));
    }

    /** The relaxed queries, when at least one part is long enough to have a relaxed form. */
    private static Optional<Relaxed> relaxed(List<Part> parts, Query marked) {
        if (parts.stream().allMatch(part -> part.shared().isEmpty())) {
            return Optional.empty();
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder().add(marked, Occur.SHOULD);
        for (Part part : parts) {
            // The strict match stays a way in, so each relaxed query matches everything its strict one does.
            Query either = part.shared().isEmpty() ? part.match() : new BooleanQuery.Builder()
                    .add(part.match(), Occur.SHOULD)
                    .add(part.shared().get(), Occur.SHOULD)
                    .build();
            every.add(either, Occur.MUST);
            any.add(either, Occur.SHOULD);
            part.shared().ifPresent(shared -> highlight.add(shared, Occur.SHOULD));
        }
        return Optional.of(new Relaxed(every.build(), any.build(), highlight.build()));
    }

    private Optional<Part> part(String text, boolean phrase, BigramFrequency frequency) {
        List<Token> words = tokens(IndexFields.TEXT, text);
        List<Token> bigrams = recall == BigramRecall.OFF ? List.of() : tokens(IndexFields.TEXT_BIGRAMS, text);
        if (words.isEmpty() && bigrams.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        if (!words.isEmpty()) {
            either.add(new BoostQuery(words(IndexFields.TITLE, words, phrase), TITLE_BOOST), Occur.SHOULD);
            either.add(new BoostQuery(words(IndexFields.TEXT, words, phrase), TEXT_BOOST), Occur.SHOULD);
            either.add(new BoostQuery(words(IndexFields.CONTEXT, words, phrase), CONTEXT_BOOST), Occur.SHOULD);
            highlight.add(wordsMarkedInOrder(IndexFields.TITLE, words, phrase), Occur.SHOULD);
            highlight.add(wordsMarkedInOrder(IndexFields.TEXT, words, phrase), Occur.SHOULD);
        }
        if (!bigrams.isEmpty()) {
            either.add(new BoostQuery(bigrams(bigrams), BIGRAM_BOOST), Occur.SHOULD);
            highlight.add(bigrams.size() == 1 ? bigrams(bigrams) : phraseOf(IndexFields.TEXT_BIGRAMS, bigrams), Occur.SHOULD);
        }
        Optional<Query> shared = recall == BigramRecall.SUBSTRING_THEN_SHARED ? sharedBigrams(bigrams, frequency) : Optional.empty();
        return Optional.of(new Part(either.build(), highlight.build(), shared));
    }

    /**
     * Most of the part's distinct bigrams, anywhere in the unit. No positions are read and the rarest bigrams lead
     * the minimum-should-match scorer, but bigrams such as "าร" are in nearly every unit, so this is the slow query
     * the substring phrase replaced: it only runs when the strict query comes up short. In a large index the
     * bigrams most units hold are not read but counted as held ({@link #COMMON_BIGRAM_SHARE}).
     */
    private static Optional<Query> sharedBigrams(List<Token> bigrams, BigramFrequency frequency) {
        Set<String> distinct = new LinkedHashSet<>();
        bigrams.forEach(bigram -> distinct.add(bigram.term()));
        if (distinct.size() < MIN_RELAXED_BIGRAMS) {
            return Optional.empty();
        }
        int needed = (int) Math.ceil(SHARED_BIGRAMS * distinct.size());
        List<String> read = new ArrayList<>(distinct.size());
        for (String term : distinct) {
            try {
                if (!frequency.common(term)) {
                    read.add(term);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (read.isEmpty()) {
            // Every bigram is common: read them all rather than match everything.
            read.addAll(distinct);
        }
        // The common bigrams left out count as held: a unit needs that many fewer of the rest.
        int neededOfRead = Math.max(1, Math.min(read.size(), needed - (distinct.size() - read.size())));
        BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch(neededOfRead);
        read.forEach(term -> most.add(new TermQuery(new Term(IndexFields.TEXT_BIGRAMS, term)), Occur.SHOULD));
        return Optional.of(new BoostQuery(most.build(), BIGRAM_BOOST));
    }

    /**
     * Only for the snippets of the hits shown: the words in order as one marked run, and each word on its own. The
     * phrase costs position reads, so the search itself leaves it out.
     */
    private static Query wordsMarkedInOrder(String field, List<Token> words, boolean phrase) {
        if (words.size() == 1 || phrase) {
            return words(field, words, phrase);
        }
        return new BooleanQuery.Builder()
                .add(words(field, words, false), Occur.MUST)
                .add(phraseOf(field, words), Occur.SHOULD)
                .build();
    }

    /**
     * All words must be there, in any order; a quoted part must be in order. Unquoted words in order need no phrase
     * of their own: they also match the part's bigram phrase, which scores them higher.
     */
    private static Query words(String field, List<Token> words, boolean phrase) {
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0).term()));
        }
        if (phrase) {
            return phraseOf(field, words);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(word -> all.add(new TermQuery(new Term(field, word.term())), Occur.MUST));
        return all.build();
    }

    /**
     * The part as a substring of the text, spaces between Thai letters ignored: its bigrams as one phrase. The
     * bigram analysis drops those spaces on both sides, so a word split by a line wrap or cut differently by the
     * dictionary still matches; the normaliser has already restored lost SARA AM on both sides. A phrase needs every
     * bigram, so the rarest one leads and only documents holding all of them are checked for positions: at a
     * million units this is what keeps the recall field affordable (a 70 %-of-bigrams interval match over bigrams
     * such as "าร" visited most of the index, seconds per query).
     */
    private static Query bigrams(List<Token> bigrams) {
        if (bigrams.size() == 1) {
            return new TermQuery(new Term(IndexFields.TEXT_BIGRAMS, bigrams.get(0).term()));
        }
        return phraseOf(IndexFields.TEXT_BIGRAMS, covering(bigrams));
    }

    /**
     * Every other bigram of each Thai run, plus its last: they still cover every character at fixed positions, so
     * the phrase finds the same substrings while reading half the position lists.
     */
    static List<Token> covering(List<Token> bigrams) {
        List<Token> kept = new ArrayList<>(bigrams.size());
        boolean droppedLast = false;
        for (int i = 0; i < bigrams.size(); i++) {
            boolean covered = !droppedLast && i > 0 && i + 1 < bigrams.size()
                    && overlap(bigrams.get(i - 1), bigrams.get(i)) && overlap(bigrams.get(i), bigrams.get(i + 1));
            if (!covered) {
                kept.add(bigrams.get(i));
            }
            droppedLast = covered;
        }
        return kept;
    }

    /** Two Thai bigrams of one run: next position, sharing a character. */
    private static boolean overlap(Token first, Token second) {
        return second.position() == first.position() + 1
                && first.term().length() == 2 && second.term().length() == 2
                && isThai(first.term().charAt(0)) && isThai(second.term().charAt(1))
                && first.term().charAt(1) == second.term().charAt(0);
    }

    private static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E5B';
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
     * @param every     all parts must match: what a search tries first
     * @param any       any part may match: the fallback when every part finds nothing
     * @param highlight what the snippets mark: like {@code any}, with words in order marked as one run
     * @param count     how many parts; with one, the two queries find the same
     * @param relaxed   the same with each long part also matching most of its bigrams in any order; empty when no
     *                  part is long enough or the relaxed form is off
     */
    record Parts(Query every, Query any, Query highlight, int count, Optional<Relaxed> relaxed) {
    }

    /**
     * The typed text with OCR damage tolerated inside words. Each query matches a superset of its strict one.
     *
     * @param every     every part, strictly or relaxed
     * @param any       any part, strictly or relaxed
     * @param highlight the strict marks plus each part's shared bigrams (runs of four letters or more are marked)
     */
    record Relaxed(Query every, Query any, Query highlight) {
    }

    /** One typed part: what it must match, what its snippet marks, and its relaxed bigram form if long enough. */
    private record Part(Query match, Query highlight, Optional<Query> shared) {
    }

    /** Analysed tokens of a query part, with their positions for phrases. */
    record Token(String term, int position) {
    }
}
