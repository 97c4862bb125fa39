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
 */
public record SearchFacets(
        List<FacetCount> fiscalYear,
        List<FacetCount> organization,
        List<FacetCount> province,
        List<FacetCount> kind,
        List<FacetCount> form) {

    public static SearchFacets empty() {
        return new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
