package th.ita.search;

import java.util.List;

/**
 * Counts of all matching units (not just the returned hits) by value, most frequent first.
 *
 * @param fiscalYear   by fiscal year (BE)
 * @param organization by organisation name
 * @param province     by province
 * @param kind         by report / measure / indicator
 * @param form         by IIT / EIT / OIT (indicators only)
 * @param documentKind by the report's document kind (action-plan, memo…)
 * @param item         by assessment item the report is evidence for (O43, MOIT5…)
 * @param oCode        by O-item an indicator lists (O17), the {@code oCode} filter's values
 * @param estimated    whether the counts were scaled up from an even sample of the index (a query matching more than
 *                     the exact-total threshold): shown as approximate
 */
public record SearchFacets(
        List<FacetCount> fiscalYear,
        List<FacetCount> organization,
        List<FacetCount> province,
        List<FacetCount> kind,
        List<FacetCount> form,
        List<FacetCount> documentKind,
        List<FacetCount> item,
        List<FacetCount> oCode,
        boolean estimated) {

    /** Exact counts. */
    public SearchFacets(List<FacetCount> fiscalYear, List<FacetCount> organization, List<FacetCount> province,
                        List<FacetCount> kind, List<FacetCount> form, List<FacetCount> documentKind,
                        List<FacetCount> item, List<FacetCount> oCode) {
        this(fiscalYear, organization, province, kind, form, documentKind, item, oCode, false);
    }

    /** Facets without O-items. */
    public SearchFacets(List<FacetCount> fiscalYear, List<FacetCount> organization, List<FacetCount> province,
                        List<FacetCount> kind, List<FacetCount> form, List<FacetCount> documentKind,
                        List<FacetCount> item) {
        this(fiscalYear, organization, province, kind, form, documentKind, item, List.of());
    }

    /** Facets without document kinds or assessment items. */
    public SearchFacets(List<FacetCount> fiscalYear, List<FacetCount> organization, List<FacetCount> province,
                        List<FacetCount> kind, List<FacetCount> form) {
        this(fiscalYear, organization, province, kind, form, List.of(), List.of(), List.of());
    }

    public static SearchFacets empty() {
        return new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
