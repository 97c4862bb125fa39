package th.ita.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import th.ita.index.OCodes;
import th.ita.model.DocumentKind;
import th.ita.model.UnitKind;
import th.ita.search.SearchFilters;
import th.ita.search.YearRange;

/** The filters {@code search} and {@code export} share. Each option may repeat; any of its values may match. */
final class FilterOptions {

    @Option(names = {"--year", "-y"}, paramLabel = "YEAR[-YEAR]", converter = YearConverter.class,
            description = "Fiscal year or range, Buddhist or Common era: 2564, 2563-2565, 2021-2022.")
    private YearRange year;

    @Option(names = "--org", paramLabel = "NAME",
            description = "Organisation name or part of it: หนองโสน, อบต.หนองโสน, เทศบาลตำบล.")
    private List<String> organizations = new ArrayList<>();

    @Option(names = "--province", paramLabel = "NAME", description = "Province: เพชรบุรี or จังหวัดเพชรบุรี.")
    private List<String> provinces = new ArrayList<>();

    /** The values --kind accepts; anything else is refused with this list instead of matching nothing. */
    static final List<String> KINDS = Stream.concat(Stream.of("report"),
            Arrays.stream(UnitKind.values()).map(UnitKind::key)).toList();
    static final List<String> DOC_KINDS = Arrays.stream(DocumentKind.values()).map(DocumentKind::key).toList();
    static final List<String> FORMS = List.of("IIT", "EIT", "OIT");
    static final int HIGHEST_INDICATOR = 10;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "report, measure, indicator, risk, complaint or checklist-item.")
    private List<String> kinds = new ArrayList<>();

    @Option(names = "--form", paramLabel = "FORM", converter = FormConverter.class,
            description = "Indicator form: IIT, EIT or OIT.")
    private List<String> forms = new ArrayList<>();

    @Option(names = "--number", paramLabel = "N", converter = NumberConverter.class,
            description = "Indicator number, 1-10.")
    private List<Integer> numbers = new ArrayList<>();

    @Option(names = "--o-code", paramLabel = "CODE", converter = OCodeConverter.class,
            description = "O-item code listed under an indicator: O17 (o17 and O๑๗ too).")
    private List<String> oCodes = new ArrayList<>();

    @Option(names = "--doc-kind", paramLabel = "KIND", converter = DocKindConverter.class, description = "Document kind: memo, measures-plan,"
            + " results-report, indicator-report, action-plan, risk-assessment, complaint-summary,"
            + " announcement-or-order, form-or-template, assessment-evidence, other.")
    private List<String> docKinds = new ArrayList<>();

    @Option(names = "--item", paramLabel = "CODE",
            description = "Assessment item the document is evidence for: O43, MOIT5, EB2.")
    private List<String> items = new ArrayList<>();

    SearchFilters toFilters() {
        return new SearchFilters(Optional.ofNullable(year), organizations, provinces, kinds, forms, numbers, oCodes,
                docKinds, items);
    }

    /**
     * Lets picocli report a bad --year as a usage error with the parser's message. Two digits are the short
     * Buddhist-era year people write on these reports ("ปี 64"): 64 is 2564, 63-65 is 2563-2565.
     */
    static final class YearConverter implements ITypeConverter<YearRange> {
        @Override
        public YearRange convert(String value) {
            String full = value.strip().matches("\\d{2}(\\s*-\\s*\\d{2})?")
                    ? value.strip().replaceAll("(\\d{2})", "25$1") : value;
            try {
                return YearRange.parse(full);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage() + "; write a year as 2564, 64 or 2021, a range as 2563-2565");
            }
        }
    }

    static final class KindConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return oneOf(value.strip().toLowerCase(java.util.Locale.ROOT), KINDS, "kind");
        }
    }

    static final class DocKindConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            // DocumentKind.ofKey already reads any case and '_' for '-'; the list names what it accepts
            return DocumentKind.ofKey(value).map(DocumentKind::key)
                    .orElseGet(() -> oneOf(value.strip(), DOC_KINDS, "document kind"));
        }
    }

    static final class FormConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return oneOf(value.strip().toUpperCase(java.util.Locale.ROOT), FORMS, "form");
        }
    }

    static final class NumberConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int number = Integer.parseInt(value.strip());
                if (number >= 1 && number <= HIGHEST_INDICATOR) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // refused below
            }
            throw new TypeConversionException("'" + value + "' is not an indicator number; use 1 to " + HIGHEST_INDICATOR);
        }
    }

    /** An O-item is O and a number (O1-O43 in the NACC catalogue); anything else would quietly match nothing. */
    static final class OCodeConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String code = OCodes.canonical(value);
            if (code.matches("O\\d{1,2}")) {
                return code;
            }
            throw new TypeConversionException("'" + value + "' is not an O-item code; write O and its number: O1 … O43 (O17)");
        }
    }

    private static String oneOf(String value, List<String> allowed, String what) {
        if (allowed.contains(value)) {
            return value;
        }
        throw new TypeConversionException("'" + value + "' is not a " + what + "; use one of: " + String.join(", ", allowed));
    }
}
