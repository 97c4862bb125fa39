package th.ita.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The fiscal year or years a document covers, e.g. one year 2565, or a plan's 2565-2569, and where it was read.
 *
 * @param from   first fiscal year
 * @param to     last fiscal year; equals {@code from} for a single year
 * @param source where the years were read
 */
public record FiscalYearSpan(FiscalYear from, FiscalYear to, Source source) {

    /** Where in the document the years were read, most trusted first. */
    public enum Source { TITLE, BUDGET_YEAR_PHRASE, MEMO_SUBJECT, BODY_TEXT }

    public static FiscalYearSpan of(int fromBe, int toBe, Source source) {
        return new FiscalYearSpan(FiscalYear.ofBuddhistEra(fromBe), FiscalYear.ofBuddhistEra(toBe), source);
    }

    @JsonIgnore
    public boolean isRange() {
        return from.be() != to.be();
    }
}
