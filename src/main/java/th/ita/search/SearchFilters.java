package th.ita.search;

import java.util.List;
import java.util.Optional;

/**
 * Restrictions on which units can match. Within one list any value may match; across lists all must.
 *
 * @param years         fiscal years
 * @param organizations words of the organisation's name ("หนองโสน"); "อบต." and "ทต." are read as the full words
 * @param provinces     province names, with or without "จังหวัด"
 * @param kinds         report, measure, indicator
 * @param forms         IIT, EIT, OIT
 * @param numbers       indicator numbers
 * @param oCodes        O-item codes, e.g. "O17" or "O๑๗"
 * @param docKinds      document kinds, e.g. "action-plan" (see {@link th.ita.model.DocumentKind})
 * @param items         assessment items the report is evidence for: "O43", "MOIT5", "EB2"
 */
public record SearchFilters(
        Optional<YearRange> years,
        List<String> organizations,
        List<String> provinces,
        List<String> kinds,
        List<String> forms,
        List<Integer> numbers,
        List<String> oCodes,
        List<String> docKinds,
        List<String> items) {

    /** Filters without document kinds or assessment items. */
    public SearchFilters(Optional<YearRange> years, List<String> organizations, List<String> provinces,
                         List<String> kinds, List<String> forms, List<Integer> numbers, List<String> oCodes) {
        this(years, organizations, provinces, kinds, forms, numbers, oCodes, List.of(), List.of());
    }

    public SearchFilters {
        docKinds = List.copyOf(docKinds);
        items = List.copyOf(items);
        organizations = List.copyOf(organizations);
        provinces = List.copyOf(provinces);
        kinds = List.copyOf(kinds);
        forms = List.copyOf(forms);
        numbers = List.copyOf(numbers);
        oCodes = List.copyOf(oCodes);
    }

    public static SearchFilters none() {
        return new SearchFilters(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public SearchFilters withYears(YearRange range) {
        return new SearchFilters(Optional.of(range), organizations, provinces, kinds, forms, numbers, oCodes, docKinds, items);
    }

    public SearchFilters withKinds(String... kindNames) {
        return new SearchFilters(years, organizations, provinces, List.of(kindNames), forms, numbers, oCodes, docKinds,
                items);
    }
}
