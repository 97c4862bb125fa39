package th.ita.model;

/**
 * A Thai fiscal year: year {@code be} runs from 1 October of be-1 to 30 September of be.
 *
 * @param be Buddhist era year (พ.ศ.)
 * @param ce Common era year, always {@code be - 543}
 */
public record FiscalYear(int be, int ce) {
    public static final int BE_OFFSET = 543;

    public static FiscalYear ofBuddhistEra(int be) {
        return new FiscalYear(be, be - BE_OFFSET);
    }
}
