package th.ita.structure;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.FiscalYear;
import th.ita.model.Period;

/**
 * Reads back years OCR misread (see {@link MisreadThaiDigits}) where the report's structure leaves one
 * reading: the fiscal year, which must be one ITA has had, and a measure's period "ตุลาคม … – กันยายน …",
 * which in a fiscal-year report is that fiscal year. The text stays as read; each reading is recorded.
 */
final class MisreadYears {

    private static final Pattern FISCAL_YEAR = Pattern.compile("ปีงบประมาณ\\s*(?:พ\\.?\\s?ศ\\.?)?\\s*([0-9๐-๙]{4,6})(?![0-9๐-๙])");
    private static final Pattern MONTH_AND_DIGITS = Pattern.compile("^\\s*(?:\\S\\s+)?([\\u0E01-\\u0E4E.]+)\\s*([0-9๐-๙]{2,6})?");

    private final ItaCatalogue catalogue;

    MisreadYears(ItaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The fiscal year when the one read is no ITA year: every "ปีงบประมาณ …" in the text is read back, and
     * they must all agree on one year.
     */
    Optional<FiscalYear> fiscalYear(Optional<FiscalYear> read, String text, ProblemLog problems) {
        if (read.isPresent() && catalogue.plausibleFiscalYear(read.get().be())) {
            return read;
        }
        Set<Integer> years = new HashSet<>();
        Matcher m = FISCAL_YEAR.matcher(text);
        while (m.find()) {
            Optional<Integer> year = MisreadThaiDigits.onlyYear(m.group(1), catalogue::plausibleFiscalYear, 2500, 2700);
            if (year.isEmpty()) {
                return read;
            }
            years.add(year.get());
        }
        if (years.size() != 1) {
            return read;
        }
        FiscalYear year = FiscalYear.ofBuddhistEra(years.iterator().next());
        problems.add("FISCAL_YEAR_MISREAD", "the fiscal year reads as " + read.map(y -> String.valueOf(y.be())).orElse("nothing")
                + ", no ITA year; every ปีงบประมาณ in the text reads back as " + year.be());
        return Optional.of(year);
    }

    /**
     * A period "ตุลาคม X – กันยายน Y" whose years do not parse as the fiscal year's, read as October of the
     * year before to September of the fiscal year when X and Y can be misreadings of exactly those years.
     */
    Period period(Period read, int fiscalYearBe, ProblemLog problems) {
        String from = String.format("%04d-10", fiscalYearBe - 1 - FiscalYear.BE_OFFSET);
        String to = String.format("%04d-09", fiscalYearBe - FiscalYear.BE_OFFSET);
        if (read.from().equals(Optional.of(from)) && read.to().equals(Optional.of(to))) {
            return read;
        }
        String[] sides = read.text().split("\\s*[-–]\\s*", 2);
        if (sides.length != 2) {
            // OCR loses a short dash between two months: the range then ends where the first month's year does
            Matcher first = MONTH_AND_DIGITS.matcher(read.text());
            if (!first.find() || first.group(2) == null || first.end() >= read.text().length()) {
                return read;
            }
            sides = new String[] {read.text().substring(0, first.end()), read.text().substring(first.end())};
        }
        Matcher start = MONTH_AND_DIGITS.matcher(sides[0]);
        Matcher end = MONTH_AND_DIGITS.matcher(sides[1]);
        if (!start.find() || !end.find() || start.group(2) == null || end.group(2) == null
                || !month(start.group(1), "ตุลาคม", "ต.ค.") || !month(end.group(1), "กันยายน", "ก.ย.")
                || !yearCouldBe(start.group(2), fiscalYearBe - 1) || !yearCouldBe(end.group(2), fiscalYearBe)) {
            return read;
        }
        problems.add("PERIOD_YEARS_MISREAD", "period \"" + read.text() + "\" read as the fiscal year " + fiscalYearBe
                + " (" + from + " to " + to + ")");
        return new Period(read.text(), Optional.of(from), Optional.of(to));
    }

    private static boolean yearCouldBe(String digits, int be) {
        return MisreadThaiDigits.couldBe(digits, String.valueOf(be)) || MisreadThaiDigits.couldBe(digits, String.valueOf(be % 100));
    }

    /** OCR misspells month names too ("กันยำยน", "กันยายยน"): a letter either way still names the month. */
    private static boolean month(String written, String name, String abbreviation) {
        String letters = BigramSimilarity.letters(written);
        return written.startsWith(abbreviation) || ThaiText.editDistance(letters, BigramSimilarity.letters(name)) <= 1;
    }
}
