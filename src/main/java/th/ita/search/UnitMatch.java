package th.ita.search;

/**
 * A matching unit located in its report, for export.
 *
 * @param reportId the report's id
 * @param kind     report, measure or indicator
 * @param position the unit's place in the report's measures or indicators (0 for the report itself)
 */
public record UnitMatch(String reportId, String kind, int position) {
}
