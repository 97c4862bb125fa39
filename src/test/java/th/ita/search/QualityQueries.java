package th.ita.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.bench.BenchQueries;
import th.ita.index.ReportFixtures;
import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.Report;

/** The committed search quality set ({@code bench/queries.tsv}) resolved against the fixture reports. */
final class QualityQueries {

    static final Map<String, String> FIXTURES = Map.of(
            "A", ReportFixtures.NONGSANO_2565,
            "B", ReportFixtures.NONGSANO_2566_LOST_SARA_AM,
            "C", ReportFixtures.WANGMAPRANG_2564,
            "D", ReportFixtures.WANGMAPRANG_2565_LINE_WRAPS);

    /**
     * One query of the set with the units it must find.
     *
     * @param ocrMisspelt whether the query is misspelt inside a word the way OCR misreads, so only the relaxed
     *                    fallback finds it
     */
    record Query(String text, SearchFilters filters, List<UnitMatch> relevant, boolean ocrMisspelt) {
    }

    private QualityQueries() {
    }

    static List<Query> load() {
        List<Query> queries = new ArrayList<>();
        for (String line : lines()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            List<UnitMatch> relevant = new ArrayList<>();
            for (String key : columns[2].trim().split("\\s+")) {
                relevant.add(unit(key));
            }
            boolean ocr = BenchQueries.isOcrMisspelt(columns);
            queries.add(new Query(columns[0], filters(columns[1].trim()), relevant, ocr));
        }
        return queries;
    }

    static SearchFilters filters(String column) {
        SearchFilters filters = SearchFilters.none();
        if (column.equals("-")) {
            return filters;
        }
        Optional<YearRange> years = Optional.empty();
        List<String> kinds = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        for (String filter : column.split("\\s+")) {
            String[] nameValue = filter.split("=", 2);
            switch (nameValue[0]) {
                case "year" -> years = Optional.of(YearRange.parse(nameValue[1]));
                case "kind" -> kinds.add(nameValue[1]);
                case "form" -> forms.add(nameValue[1]);
                case "number" -> numbers.add(Integer.parseInt(nameValue[1]));
                case "org" -> organizations.add(nameValue[1]);
                default -> throw new IllegalArgumentException("unknown filter in quality set: " + filter);
            }
        }
        return new SearchFilters(years, organizations, List.of(), kinds, forms, numbers, List.of());
    }

    /** "A/m/2.1@3" is fixture A's measure 2.1 in section 3; "C/i/9" is fixture C's indicator 9. */
    static UnitMatch unit(String key) {
        String[] parts = key.split("/");
        Report report = ReportFixtures.report(FIXTURES.get(parts[0]));
        if (parts[1].equals("m")) {
            String[] codeSection = parts[2].split("@");
            List<Measure> measures = report.measures();
            for (int i = 0; i < measures.size(); i++) {
                Measure measure = measures.get(i);
                if (measure.code().equals(codeSection[0])
                        && (codeSection.length == 1 || measure.section().equals(codeSection[1]))) {
                    return new UnitMatch(report.id(), "measure", i);
                }
            }
        } else {
            List<Indicator> indicators = report.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                if (indicators.get(i).number() == Integer.parseInt(parts[2])) {
                    return new UnitMatch(report.id(), "indicator", i);
                }
            }
        }
        throw new IllegalArgumentException("no unit " + key);
    }

    static List<String> lines() {
        return BenchQueries.lines();
    }
}
