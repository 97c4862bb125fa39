package th.ita.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import th.ita.index.IndexFields;
import th.ita.index.OCodes;
import th.ita.index.ProvinceKeys;
import th.ita.index.SearchTextNormalizer;
import th.ita.model.DocumentKind;

/** Turns {@link SearchFilters} into non-scoring Lucene clauses. */
final class FilterQuery {

    /** Abbreviations people type for kinds of local government, read as the words in full names. */
    private static final Map<String, String> ORGANIZATION_ABBREVIATIONS = Map.of(
            "อบต.", "องค์การบริหารส่วนตำบล",
            "อบจ.", "องค์การบริหารส่วนจังหวัด",
            "ทต.", "เทศบาลตำบล",
            "ทม.", "เทศบาลเมือง",
            "ทน.", "เทศบาลนคร");

    private final QueryBuilder phrases;

    FilterQuery(Analyzer analyzer) {
        this.phrases = new QueryBuilder(analyzer);
    }

    /** Adds the filters to {@code query} as FILTER clauses; returns whether any was added. */
    boolean addTo(BooleanQuery.Builder query, SearchFilters filters) {
        int before = query.build().clauses().size();
        filters.years().ifPresent(range ->
                query.add(IntPoint.newRangeQuery(IndexFields.FISCAL_YEAR, range.fromBe(), range.toBe()), Occur.FILTER));
        anyOf(filters.organizations(), this::organization).ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(filters.provinces(), p -> term(IndexFields.PROVINCE, ProvinceKeys.canonical(p))).ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(filters.kinds(), k -> term(IndexFields.KIND, k.strip().toLowerCase(Locale.ROOT))).ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(filters.forms(), f -> term(IndexFields.FORM, f.strip().toUpperCase(Locale.ROOT))).ifPresent(q -> query.add(q, Occur.FILTER));
        if (!filters.numbers().isEmpty()) {
            int[] numbers = filters.numbers().stream().mapToInt(Integer::intValue).toArray();
            query.add(IntPoint.newSetQuery(IndexFields.NUMBER, numbers), Occur.FILTER);
        }
        anyOf(filters.oCodes(), c -> term(IndexFields.O_CODE, OCodes.canonical(c))).ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(filters.docKinds(), k -> term(IndexFields.DOC_KIND, DocumentKind.ofKey(k).map(DocumentKind::key)
                .orElse(k.strip().toLowerCase(Locale.ROOT)))).ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(filters.items(), i -> term(IndexFields.ITEM, OCodes.canonical(i))).ifPresent(q -> query.add(q, Occur.FILTER));
        return query.build().clauses().size() > before;
    }

    private Query organization(String typed) {
        String name = SearchTextNormalizer.normalize(typed).strip();
        for (Map.Entry<String, String> abbreviation : ORGANIZATION_ABBREVIATIONS.entrySet()) {
            if (name.startsWith(abbreviation.getKey())) {
                name = abbreviation.getValue() + name.substring(abbreviation.getKey().length());
            }
        }
        Query phrase = phrases.createPhraseQuery(IndexFields.ORGANIZATION_BIGRAMS, name);
        // Nothing analysable (only punctuation) must match nothing, not everything.
        return phrase != null ? phrase : term(IndexFields.ORGANIZATION_BIGRAMS, "\u0000");
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Optional<Query> anyOf(List<String> values, Function<String, Query> toQuery) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(toQuery.apply(value), Occur.SHOULD));
        return Optional.of(any.build());
    }
}
