package th.ita.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.FiscalYearSpan;
import th.ita.model.FiscalYearSpan.Source;
import th.ita.normalize.ThaiDigits;

/**
 * The fiscal year or years a document covers, from the places that state it, most trusted first: the title (a
 * plan's "(พ.ศ. 2565 - 2569)", a report's "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"), the memo's subject, then the first
 * "ปีงบประมาณ …" phrase in the body. Other dates (when a memo was signed, an Act's year) never count: a memo
 * dated ๒๕๖๖ may report on ๒๕๖๕.
 */
final class FiscalYearReader {

    private static final String ERA = "(?:พ\\.?\\s?ศ\\.?\\s*)?";
    private static final String YEAR = "(\\d{4}|\\d{2})(?!\\d)";
    private static final String RANGE_TAIL = "(?:\\s*(?:-|–|—|ถึง)\\s*" + ERA + "(\\d{4})(?!\\d))?";
    private static final Pattern BUDGET_YEAR = Pattern.compile("ปีงบประมาณ\\s*" + ERA + YEAR + RANGE_TAIL);
    private static final Pattern TITLE_YEAR = Pattern.compile("(?:ประจำปี|ปี)\\s*" + ERA + "(\\d{4})(?!\\d)" + RANGE_TAIL);
    private static final Pattern RANGE = Pattern.compile(ERA + "(25\\d\\d)\\s*(?:-|–|—|ถึง)\\s*" + ERA + "(25\\d\\d)(?!\\d)");
    /**
     * Spaces beside a Thai letter or a dot: OCR puts them inside words ("ประจำปีง บประมาณ พ .ศ.2564"), and a title
     * read with them left out names its year where the body's first "ปีงบประมาณ" may be the prior assessment's.
     * Spaces between digits stay, so two years never run into one.
     */
    private static final Pattern WORD_SPACES = Pattern.compile("(?<=[\\u0E01-\\u0E4F.])\\s+|\\s+(?=[\\u0E01-\\u0E4F.])");
    private static final int FIRST_YEAR = 2500;
    private static final int LAST_YEAR = 2700;
    private static final int LONGEST_PLAN_YEARS = 20;

    /**
     * @param title        the document's own title, when found
     * @param memoSubject  the memo's เรื่อง, when the document is or starts with a memo
     * @param text         the whole text
     */
    Optional<FiscalYearSpan> read(Optional<String> title, Optional<String> memoSubject, String text) {
        return title.flatMap(t -> inTitle(t, Source.TITLE))
                .or(() -> memoSubject.flatMap(s -> inTitle(s, Source.MEMO_SUBJECT)))
                .or(() -> budgetYear(text, Source.BUDGET_YEAR_PHRASE));
    }

    private static Optional<FiscalYearSpan> inTitle(String title, Source source) {
        String ascii = ThaiDigits.toAscii(title);
        return yearsIn(ascii, source).or(() -> yearsIn(WORD_SPACES.matcher(ascii).replaceAll(""), source));
    }

    private static Optional<FiscalYearSpan> yearsIn(String ascii, Source source) {
        return first(RANGE, ascii, source)
                .or(() -> budgetYear(ascii, source))
                .or(() -> first(TITLE_YEAR, ascii, source));
    }

    private static Optional<FiscalYearSpan> budgetYear(String text, Source source) {
        return first(BUDGET_YEAR, ThaiDigits.toAscii(text), source);
    }

    private static Optional<FiscalYearSpan> first(Pattern pattern, String ascii, Source source) {
        Matcher m = pattern.matcher(ascii);
        while (m.find()) {
            Optional<FiscalYearSpan> span = span(m.group(1), m.group(2), source);
            if (span.isPresent()) {
                return span;
            }
        }
        return Optional.empty();
    }

    private static Optional<FiscalYearSpan> span(String fromDigits, String toDigits, Source source) {
        int from = ThaiDates.buddhistEraYear(fromDigits);
        if (from < FIRST_YEAR || from > LAST_YEAR) {
            return Optional.empty();
        }
        int to = toDigits == null ? from : ThaiDates.buddhistEraYear(toDigits);
        if (to < from || to - from > LONGEST_PLAN_YEARS) {
            to = from;
        }
        return Optional.of(FiscalYearSpan.of(from, to, source));
    }
}
