package th.ita.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

import th.ita.index.IndexFields;

/** Counts the matches a facet collector gathered by year, organisation, province, kind, form, document kind, item, O-item. */
final class FacetCounter {

    /** Facet values listed per dimension; organisations are many, years and kinds few. */
    static final int FACET_VALUES = 20;

    private volatile FacetState facetState;

    /**
     * Matches to count facets on.
     *
     * @param every 1 when {@code collector} holds every match; n when it holds the matches of one document in n, whose
     *              counts are then multiplied by n and marked as estimates
     */
    record Matches(FacetsCollector collector, int every) {
    }

    SearchFacets count(IndexReader reader, Matches matches) throws IOException {
        Optional<SortedSetDocValuesReaderState> state = facetState(reader);
        if (state.isEmpty()) {
            return SearchFacets.empty();
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state.get(), matches.collector());
        int scale = matches.every();
        return new SearchFacets(
                counts(counts, IndexFields.FACET_YEAR, scale),
                counts(counts, IndexFields.FACET_ORGANIZATION, scale),
                counts(counts, IndexFields.FACET_PROVINCE, scale),
                counts(counts, IndexFields.FACET_KIND, scale),
                counts(counts, IndexFields.FACET_FORM, scale),
                counts(counts, IndexFields.FACET_DOC_KIND, scale),
                counts(counts, IndexFields.FACET_ITEM, scale),
                counts(counts, IndexFields.FACET_O_CODE, scale),
                scale > 1);
    }

    private static List<FacetCount> counts(Facets facets, String dimension, int scale) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(FACET_VALUES, dimension);
        } catch (IllegalArgumentException e) {
            // The dimension is not in this index yet (e.g. no indicator indexed, so no form).
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<FacetCount> counts = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue labelAndValue : result.labelValues) {
            counts.add(new FacetCount(labelAndValue.label, labelAndValue.value.longValue() * scale));
        }
        return counts;
    }

    /** The sorted-set ordinal map is built once per reader: it costs a pass over the facet terms. */
    private Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        Optional<SortedSetDocValuesReaderState> state;
        try {
            state = Optional.of(new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig()));
        } catch (IllegalArgumentException e) {
            // An index with no facet field at all (empty) has no state to build.
            state = Optional.empty();
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private record FacetState(IndexReader reader, Optional<SortedSetDocValuesReaderState> state) {
    }
}
