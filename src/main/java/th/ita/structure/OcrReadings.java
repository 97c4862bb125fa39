package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.Measure;
import th.ita.model.Period;
import th.ita.model.Section;

/**
 * The one policy for OCR'd input: the readings OCR damage needs, applied the same way whatever the layout.
 * OCR leaves specks of border and dirt in cells, reads the dot of a code as a colon, a Thai digit as another
 * or as Latin letters, and the letter O of a code as a zero; each reading here repairs one of these only where
 * the document or the catalogue confirms it, and records it as a problem.
 */
final class OcrReadings implements CellReadings {

    /** A heading whose number OCR turned into letters ("on." for "๓."). */
    private static final Pattern LETTERED_HEADING = Pattern.compile("^([A-Za-z]{1,2})\\s*\\.\\s*([\\u0E01-\\u0E2E]\\S.{0,200})$");
    /** "๒:๑": OCR reads the dot of a measure code as a colon. */
    private static final Pattern COLON_CODE = Pattern.compile("^([0-9๐-๙]{1,2})\\s?[:;]\\s?(?=[0-9๐-๙])");

    /**
     * Signs and digits without a letter before a title's first Thai letter, holding a digit or what OCR makes of
     * ๑ and ๐ on a bilevel scan ("@", "o": "oo" for ๑.๑ whose dot was lost).
     */
    private static final Pattern GARBLED_CODE = Pattern.compile("^(?=[^\\u0E01-\\u0E2E]*[0-9๐-๙@oO])[0-9๐-๙@().:;,'`oO ]{1,10}(?=\\s)");

    /** A header cell OCR garbled is a word's worth of letters, not a sentence. */
    private static final int MAX_UNREAD_HEADER_LETTERS = 12;

    private final DamagedOitCodes damagedCodes;
    private final MisspeltOitNames misspeltNames;
    private final MisreadYears misreadYears;

    OcrReadings(ItaCatalogue catalogue) {
        this.damagedCodes = new DamagedOitCodes(catalogue);
        this.misspeltNames = new MisspeltOitNames(catalogue);
        this.misreadYears = new MisreadYears(catalogue);
    }

    @Override
    public boolean readByOcr() {
        return true;
    }

    @Override
    public List<String> row(List<String> written) {
        List<String> row = written.stream().map(OcrSpecks::without).toList();
        return TableColumns.ofHeader(row).isPresent() ? row : headerWithUnreadCell(row).orElse(row);
    }

    /**
     * A repeated table header one of whose words OCR could not read ("6 ว ริม 3°" for ตัวชี้วัด, the marks of
     * a bold header breaking apart): when the other cells name the columns and the short cell is taken as unread,
     * the row is the header, with that cell blank. A body row never names its table's columns in its other cells.
     */
    private static Optional<List<String>> headerWithUnreadCell(List<String> row) {
        for (int i = 0; i < row.size(); i++) {
            String letters = BigramSimilarity.letters(row.get(i));
            if (letters.isEmpty() || letters.length() > MAX_UNREAD_HEADER_LETTERS) {
                continue;
            }
            List<String> blanked = new ArrayList<>(row);
            blanked.set(i, "");
            if (TableColumns.ofHeader(blanked).isPresent()) {
                return Optional.of(List.copyOf(blanked));
            }
        }
        return Optional.empty();
    }

    /**
     * A repeated header one of whose cells OCR could not read ("Yun ผรบผด ขบ" for ผู้รับผิดชอบ) names the column
     * the document's header before it named there.
     */
    @Override
    public TableColumns repeatedHeader(TableColumns read, TableColumns before) {
        return before == null ? read : read.completedBy(before);
    }

    @Override
    public String measureTitle(String cell) {
        return COLON_CODE.matcher(cell).replaceFirst("$1.");
    }

    /** A number that should be the next one and could be its misreading is taken as it. */
    @Override
    public String sectionNumber(String read, List<Section> before, ProblemLog problems) {
        String next = CellReadings.nextSectionNumber(before);
        if (before.isEmpty() || read.equals(next) || !MisreadThaiDigits.couldBe(read, next)) {
            return read;
        }
        problems.add("SECTION_NUMBER_MISREAD", "section number read as " + read + " after section "
                + before.get(before.size() - 1).number() + " taken as " + next);
        return next;
    }

    @Override
    public Optional<Section> unnumberedHeading(String line, List<Section> before, ProblemLog problems) {
        Matcher m;
        if (before.isEmpty() || !(m = LETTERED_HEADING.matcher(line)).matches()) {
            return Optional.empty();
        }
        String next = CellReadings.nextSectionNumber(before);
        problems.add("SECTION_NUMBER_FROM_ORDER", "heading \"" + line + "\" has no readable number;"
                + " it follows section " + before.get(before.size() - 1).number() + ", so it is " + next);
        return Optional.of(new Section(next, m.group(2).strip()));
    }

    @Override
    public String measureCode(String code, String section, ProblemLog problems) {
        if (!section.isEmpty() && !code.isEmpty() && !code.startsWith(section + ".")
                && MisreadThaiDigits.couldBe(code.substring(0, code.indexOf('.')), section)) {
            problems.add("MEASURE_CODE_MISREAD", "measure " + code + " in section " + section + " taken as "
                    + section + code.substring(code.indexOf('.')));
            return section + code.substring(code.indexOf('.'));
        }
        return code;
    }

    /**
     * A title opening with signs and digits but no letter ("@๑ .๐๑", "@).@)": OCR's reading of "๑.๑") opens with a
     * code OCR garbled: it is the next code of the section, one after the measure before it there.
     */
    @Override
    public Optional<CodedTitle> unreadCode(String title, String section, String before, ProblemLog problems) {
        Matcher m = GARBLED_CODE.matcher(title);
        if (section.isEmpty() || !m.lookingAt()) {
            return Optional.empty();
        }
        String code;
        if (before.isEmpty()) {
            code = section + ".1";
        } else if (before.matches(Pattern.quote(section) + "\\.\\d+")) {
            code = section + "." + (Integer.parseInt(before.substring(section.length() + 1)) + 1);
        } else {
            return Optional.empty();
        }
        problems.add("MEASURE_CODE_FROM_ORDER", "measure code read as \"" + m.group().strip() + "\" in section " + section
                + (before.isEmpty() ? ", its first measure," : " after measure " + before) + " taken as " + code);
        return Optional.of(new CodedTitle(code, title.substring(m.end()).strip()));
    }

    @Override
    public List<String> indicatorRow(List<String> row, TableColumns columns, Optional<Integer> year, ProblemLog problems) {
        if (!columns.has(TableColumns.Field.ISSUES)) {
            return row;
        }
        int issues = columns.columns().get(TableColumns.Field.ISSUES);
        if (issues >= row.size()) {
            return row;
        }
        List<String> repaired = new ArrayList<>(row);
        repaired.set(issues, misspeltNames.repair(damagedCodes.repair(row.get(issues), year, problems), year, problems));
        return repaired;
    }

    /** A cell with no letter or digit holds only specks of border or dirt. */
    @Override
    public String readable(String cell) {
        return cell.matches("(?s).*[\\u0E01-\\u0E2E0-9๐-๙A-Za-z].*") ? cell : "";
    }

    /**
     * Periods are read against the fiscal year (a dash OCR lost is the one the document's other periods use), and
     * responsible units against the document's other rows.
     */
    @Override
    public List<Measure> measures(List<Measure> measures, Optional<Integer> fiscalYearBe, ProblemLog problems) {
        if (fiscalYearBe.isEmpty()) {
            return ResponsibleUnits.readBack(measures, problems);
        }
        String dash = MisreadYears.usualDash(measures.stream().flatMap(m -> m.period().stream()).map(Period::text).toList());
        List<Measure> dated = measures.stream().map(m -> new Measure(m.section(), m.code(), m.title(), m.methods(), m.responsible(),
                m.period().map(p -> misreadYears.period(p, fiscalYearBe.get(), dash, problems)), m.results(),
                m.suggestions())).toList();
        return ResponsibleUnits.readBack(dated, problems);
    }
}
