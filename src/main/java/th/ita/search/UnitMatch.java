package th.ita.search;

/**
 * A matching unit located in its report, for export.
 *
 * @param reportId the report's id
 * @param kind     report, measure or indicator
 * @param position the unit's place in the report's measures, indicators or units (0 for the report itself)
 * @param inUnits  whether {@code position} counts in the report's {@code units} (a row of any other table)
 */
public record UnitMatch(String reportId, String kind, int position, boolean inUnits) {

    /** A report, measure or indicator match. */
    public UnitMatch(String reportId, String kind, int position) {
        this(reportId, kind, position, false);
    }
}
