package th.ita.model;

/**
 * Something a stage noticed and could not do perfectly: a damaged page, a measure that could not be placed.
 * Problems travel with the report instead of being thrown, so one bad row never costs the whole document.
 *
 * @param code    stable upper-case identifier, e.g. {@code MEASURE_OUTSIDE_SECTION}
 * @param message what happened and where, for a person
 */
public record Problem(String code, String message) {
    public static Problem of(String code, String message) {
        return new Problem(code, message);
    }
}
