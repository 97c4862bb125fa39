package th.ita.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

import th.ita.index.IndexFields;

/**
 * Words of the index spelt almost like a typed word that the index does not hold ("ทุจลิต" → "ทุจริต"): one
 * edit away for short words, two for longer ones, the most frequent first. A suggestion, never a rewrite.
 */
final class NearSpellings {

    private static final int SHORTEST = 3;

    private NearSpellings() {
    }

    static List<String> of(IndexReader reader, String text, int max) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, IndexFields.TEXT);
        if (terms == null) {
            return List.of();
        }
        Set<String> suggestions = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s\"]+")) {
            int length = word.codePointCount(0, word.length());
            if (length < SHORTEST || reader.docFreq(new Term(IndexFields.TEXT, word)) > 0) {
                continue;
            }
            record Near(String word, int documents) {
            }
            List<Near> near = new ArrayList<>();
            FuzzyTermsEnum similar = new FuzzyTermsEnum(terms, new Term(IndexFields.TEXT, word), length <= 4 ? 1 : 2, 1, true);
            for (BytesRef term = similar.next(); term != null; term = similar.next()) {
                near.add(new Near(term.utf8ToString(), similar.docFreq()));
            }
            near.stream().sorted(Comparator.comparingInt(Near::documents).reversed()).limit(max)
                    .forEach(n -> suggestions.add(n.word()));
        }
        return suggestions.stream().limit(max).toList();
    }
}
