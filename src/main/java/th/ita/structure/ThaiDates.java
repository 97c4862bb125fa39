package th.ita.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.FiscalYear;
import th.ita.model.Period;
import th.ita.normalize.ThaiDigits;

/**
 * Reads Thai dates, month ranges and fiscal years written with Thai or ASCII digits, full or abbreviated
 * month names, and B.E. (พ.ศ.) or C.E. (ค.ศ.) years, including two-digit B.E. years such as ๖๕.
 */
final class ThaiDates {

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        String[] full = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
                "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
        String[] abbreviated = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
                "พ.ย.", "ธ.ค."};
        for (int i = 0; i < 12; i++) {
            MONTHS.put(full[i], i + 1);
        }
        for (int i = 0; i < 12; i++) {
            MONTHS.put(abbreviated[i], i + 1);
            MONTHS.put(abbreviated[i].replace(".", ""), i + 1);
        }
    }

    // longest names first so "มีนาคม" wins over "มี.ค." style prefixes and "มค" never cuts a full name short
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + ")";
    private static final String ERA = "(?:(พ\\.?\\s?ศ\\.?|ค\\.?\\s?ศ\\.?)\\s*)?";
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*" + MONTH + "\\s*" + ERA + "(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern SPLIT_YEAR = Pattern.compile("(?<!\\d)(\\d{1,3}) (\\d{1,3})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "\\s*" + ERA + "(\\d{4}|\\d{2})?(?!\\d)");
    private static final Pattern FISCAL_YEAR = Pattern.compile(
            "ปีงบประมาณ\\s*(?:พ\\.?\\s?ศ\\.?)?\\s*(\\d{4}|\\d{2})(?!\\d)");

    private ThaiDates() {
    }

    /** The first day-month-year date in the text. */
    static Optional<LocalDate> firstDate(String text) {
        Matcher m = DATE.matcher(ThaiDigits.toAscii(text));
        while (m.find()) {
            int year = commonEraYear(m.group(4), m.group(3));
            try {
                return Optional.of(LocalDate.of(year, MONTHS.get(m.group(2)), Integer.parseInt(m.group(1))));
            } catch (DateTimeException e) {
                // a day that does not exist is damaged text: look further
            }
        }
        return Optional.empty();
    }

    /** A month range such as "ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕"; the months are empty when none can be read. */
    static Period period(String text) {
        String written = text.strip().replaceAll("\\s+", " ");
        Matcher m = MONTH_YEAR.matcher(rejoinedYears(ThaiDigits.toAscii(written)));
        List<int[]> months = new ArrayList<>();
        while (m.find()) {
            int year = m.group(3) == null ? 0 : commonEraYear(m.group(3), m.group(2));
            months.add(new int[] {year, MONTHS.get(m.group(1))});
        }
        if (months.isEmpty()) {
            return new Period(written, Optional.empty(), Optional.empty());
        }
        int[] from = months.get(0);
        int[] to = months.get(months.size() - 1);
        if (from[0] == 0 && to[0] != 0) {
            // "ต.ค. - ก.ย. 2565": the start borrows the end's year, a year earlier when the range wraps
            from[0] = from[1] > to[1] ? to[0] - 1 : to[0];
        }
        if (to[0] == 0 && from[0] != 0) {
            to[0] = to[1] < from[1] ? from[0] + 1 : from[0];
        }
        return new Period(written, yearMonth(from), yearMonth(to));
    }

    /** A four-digit year a narrow cell wrapped inside ("256 4"), written whole again; other numbers stay apart. */
    static String rejoinedYears(String ascii) {
        return SPLIT_YEAR.matcher(ascii).replaceAll(r -> (r.group(1) + r.group(2)).matches("(?:25|20)\\d\\d")
                ? r.group(1) + r.group(2) : r.group());
    }

    /** The fiscal year named after "ปีงบประมาณ", the first one in the text. */
    static Optional<FiscalYear> fiscalYear(String text) {
        Matcher m = FISCAL_YEAR.matcher(ThaiDigits.toAscii(text));
        if (m.find()) {
            int be = buddhistEraYear(m.group(1));
            if (be >= 2500 && be <= 2700) {
                return Optional.of(FiscalYear.ofBuddhistEra(be));
            }
        }
        return Optional.empty();
    }

    /** A B.E. year from four or two digits ("65" is 2565); C.E. years are converted. */
    static int buddhistEraYear(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return 2500 + y;
        }
        return y < 2400 ? y + FiscalYear.BE_OFFSET : y;
    }

    private static int commonEraYear(String digits, String era) {
        int y = Integer.parseInt(digits);
        boolean commonEra = era != null && era.startsWith("ค");
        if (digits.length() == 2) {
            return commonEra ? 2000 + y : 2500 + y - FiscalYear.BE_OFFSET;
        }
        return y >= 2400 ? y - FiscalYear.BE_OFFSET : y;
    }

    private static Optional<String> yearMonth(int[] yearMonth) {
        return yearMonth[0] == 0 ? Optional.empty() : Optional.of(String.format("%04d-%02d", yearMonth[0], yearMonth[1]));
    }
}
