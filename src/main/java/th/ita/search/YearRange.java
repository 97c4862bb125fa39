package th.ita.search;

import th.ita.model.FiscalYear;
import th.ita.normalize.ThaiDigits;

/**
 * Fiscal years from {@code fromBe} to {@code toBe} inclusive, Buddhist era.
 *
 * @param fromBe first fiscal year (พ.ศ.)
 * @param toBe   last fiscal year (พ.ศ.)
 */
public record YearRange(int fromBe, int toBe) {

    /** Years below this are taken as Common era: no ITA report is dated before พ.ศ. 2400. */
    private static final int FIRST_BE = 2400;

    public YearRange {
        if (fromBe > toBe) {
            throw new IllegalArgumentException("year range runs backwards: " + fromBe + "-" + toBe);
        }
    }

    /**
     * Reads what a person types: "2564", "2563-2565", "๒๕๖๔", or Common era years ("2021-2022"), which are moved to
     * Buddhist era.
     *
     * @throws IllegalArgumentException naming the text when it is not a year or a range of years
     */
    public static YearRange parse(String text) {
        String ascii = ThaiDigits.toAscii(text).replace('–', '-').replaceAll("\\s+", "");
        String[] ends = ascii.split("-", -1);
        if (ends.length > 2 || ascii.isEmpty()) {
            throw new IllegalArgumentException("not a year or a range of years: '" + text + "'");
        }
        try {
            int from = toBuddhistEra(Integer.parseInt(ends[0]));
            int to = ends.length == 2 ? toBuddhistEra(Integer.parseInt(ends[1])) : from;
            return new YearRange(Math.min(from, to), Math.max(from, to));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a year or a range of years: '" + text + "'");
        }
    }

    public boolean contains(int yearBe) {
        return yearBe >= fromBe && yearBe <= toBe;
    }

    private static int toBuddhistEra(int year) {
        return year < FIRST_BE ? year + FiscalYear.BE_OFFSET : year;
    }
}
