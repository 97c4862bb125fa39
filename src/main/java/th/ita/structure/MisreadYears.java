package th.ita.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.FiscalYear;
import th.ita.model.Period;
import th.ita.normalize.ThaiDigits;

/**
 * Reads back years OCR misread (see {@link MisreadThaiDigits}) where the report's structure leaves one
 * reading: the fiscal year, which must be one ITA has had, and a measure's period "ตุลาคม … – กันยายน …",
 * which in a fiscal-year report is that fiscal year. Each reading is recorded.
 */
final class MisreadYears {

    private static final Pattern FISCAL_YEAR = Pattern.compile("ปีงบประมาณ\\s*(?:พ\\.?\\s?ศ\\.?)?\\s*([0-9๐-๙]{4,6})(?![0-9๐-๙])");
    private static final String OCTOBER = "ตุลาคม";
    private static final String SEPTEMBER = "กันยายน";
    /** A sign standing alone between words: OCR's reading of a speck. */
    private static final Pattern STRAY_SIGN = Pattern.compile("(?<=\\s)[0-9A-Za-z'`,;:](?=\\s)");
    /** An Arabic digit glued before a Thai number: a speck, since nobody mixes the two in one number. */
    private static final Pattern GLUED_SIGN = Pattern.compile("(?<![0-9])[0-9](?=[๐-๙]{2})");
    private static final Pattern DASH = Pattern.compile("[-–]");
    /** A month, which OCR may split once at a space it saw between letters ("ตุลา คม"), and the digits after it. */
    private static final Pattern MONTH_AND_DIGITS = Pattern.compile(
            "^\\s*(?:\\S\\s+)?([\\u0E01-\\u0E4E.]+(?:\\s[\\u0E01-\\u0E4E.]+)?)\\s*([0-9๐-๙]{2,6})?");

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
     * The text with every "ปีงบประมาณ … X" whose X is no year ITA has had and can be a misreading of the fiscal
     * year written as that year, in the digits X was read in: the title and subject then name the year the report
     * is filed under ("ประจำปีงบประมาณ พ.ศ.๒๕๒๕" for ๒๕๖๕).
     */
    String fiscalYearMentions(String text, int fiscalYearBe) {
        Matcher m = FISCAL_YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group(1);
            int asRead = Integer.parseInt(ThaiDigits.toAscii(digits).substring(0, Math.min(digits.length(), 9)));
            String year = String.valueOf(fiscalYearBe);
            String replacement = m.group();
            if (!catalogue.plausibleFiscalYear(asRead) && MisreadThaiDigits.couldBe(digits, year)) {
                replacement = m.group().substring(0, m.start(1) - m.start())
                        + (ThaiDigits.hasThaiDigit(digits) ? ThaiDigits.toThai(year) : year);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A period "ตุลาคม X – กันยายน Y" whose years do not parse as the fiscal year's, read as October of the
     * year before to September of the fiscal year when X and Y can be misreadings of exactly those years. Its text
     * is then written as the structure confirms it: the two months, the two years in the digits and length OCR
     * read them in, and between them the dash as read, or {@code dash} (the one the document's other periods
     * use) where OCR lost it. A sign OCR read alone beside a year ("กันยายน 7 ๒๕๒๐๕", "7๒๕๒๐๕") is no digit of it.
     */
    Period period(Period read, int fiscalYearBe, String dash, ProblemLog problems) {
        String from = String.format("%04d-10", fiscalYearBe - 1 - FiscalYear.BE_OFFSET);
        String to = String.format("%04d-09", fiscalYearBe - FiscalYear.BE_OFFSET);
        if (read.from().equals(Optional.of(from)) && read.to().equals(Optional.of(to))) {
            return read;
        }
        String text = STRAY_SIGN.matcher(GLUED_SIGN.matcher(read.text()).replaceAll("")).replaceAll(" ").strip();
        Matcher dashAsRead = DASH.matcher(text);
        String writtenDash = dashAsRead.find() ? dashAsRead.group() : dash;
        String[] sides = text.split("\\s*[-–]\\s*", 2);
        if (sides.length != 2) {
            // OCR loses a short dash between two months: the range then ends where the first month's year does
            Matcher first = MONTH_AND_DIGITS.matcher(text);
            if (!first.find() || first.group(2) == null || first.end() >= text.length()) {
                return read;
            }
            sides = new String[] {text.substring(0, first.end()), text.substring(first.end())};
        }
        Matcher start = MONTH_AND_DIGITS.matcher(sides[0]);
        Matcher end = MONTH_AND_DIGITS.matcher(sides[1]);
        if (!start.find() || !end.find() || start.group(2) == null || end.group(2) == null
                || !month(start.group(1), OCTOBER, "ต.ค.") || !month(end.group(1), SEPTEMBER, "ก.ย.")
                || !yearCouldBe(start.group(2), fiscalYearBe - 1) || !yearCouldBe(end.group(2), fiscalYearBe)) {
            return read;
        }
        String written = monthAsWritten(start.group(1), OCTOBER) + " " + yearAsWritten(start.group(2), fiscalYearBe - 1)
                + " " + writtenDash + " " + monthAsWritten(end.group(1), SEPTEMBER) + " " + yearAsWritten(end.group(2), fiscalYearBe);
        problems.add("PERIOD_YEARS_MISREAD", "period \"" + read.text() + "\" read as the fiscal year " + fiscalYearBe
                + ": " + written + " (" + from + " to " + to + ")");
        return new Period(written, Optional.of(from), Optional.of(to));
    }

    /** The dash most of these period texts are written with, the en dash when none shows one. */
    static String usualDash(List<String> periods) {
        long hyphens = periods.stream().filter(p -> p.contains("-")).count();
        long enDashes = periods.stream().filter(p -> p.contains("–")).count();
        return hyphens > enDashes ? "-" : "–";
    }

    /** A month abbreviated stays so; a full name OCR misspelt is written right. */
    private static String monthAsWritten(String read, String name) {
        return read.contains(".") ? read : name;
    }

    /** The year in the digits (Thai or Arabic) and the length (๖๔ or ๒๕๖๔) OCR read it in. */
    private static String yearAsWritten(String read, int be) {
        String year = String.valueOf(be);
        String digits = MisreadThaiDigits.couldBe(read, year) ? year : year.substring(2);
        return ThaiDigits.hasThaiDigit(read) ? ThaiDigits.toThai(digits) : digits;
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
