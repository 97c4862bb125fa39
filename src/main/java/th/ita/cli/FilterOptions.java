package th.ita.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
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

    @Option(names = "--kind", paramLabel = "KIND",
            description = "report, measure, indicator, risk, complaint or checklist-item.")
    private List<String> kinds = new ArrayList<>();

    @Option(names = "--form", paramLabel = "FORM", description = "Indicator form: IIT, EIT or OIT.")
    private List<String> forms = new ArrayList<>();

    @Option(names = "--number", paramLabel = "N", description = "Indicator number, 1-10.")
    private List<Integer> numbers = new ArrayList<>();

    @Option(names = "--o-code", paramLabel = "CODE", description = "O-item code listed under an indicator: O17.")
    private List<String> oCodes = new ArrayList<>();

    @Option(names = "--doc-kind", paramLabel = "KIND", description = "Document kind: memo, measures-plan,"
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

    /** Lets picocli report a bad --year as a usage error with the parser's message. */
    static final class YearConverter implements ITypeConverter<YearRange> {
        @Override
        public YearRange convert(String value) {
            try {
                return YearRange.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
