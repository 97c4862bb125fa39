package th.ita.search;

/**
 * How many matching units have this value.
 *
 * @param value the facet value, e.g. "2565"
 * @param count matching units
 */
public record FacetCount(String value, long count) {
}
