package th.ita.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.ita.search.QueryText;
import th.ita.search.SearchFilters;
import th.ita.search.YearRange;

/** The filters of {@code ita search}, read from query parameters of the same names. */
final class SearchParameters {

    private SearchParameters() {
    }

    /** The q parameters as the command line reads its words: a long text cut with a note, punctuation alone refused. */
    static QueryText text(QueryParameters query) {
        QueryText text = QueryText.of(String.join(" ", query.all("q")));
        if (text.isPunctuationOnly()) {
            throw new ApiException(400, "nothing-to-search", text.punctuationOnlyMessage());
        }
        return text;
    }

    static SearchFilters filters(QueryParameters query) {
        Optional<YearRange> years;
        try {
            years = query.first("year").map(YearRange::parse);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("year: " + e.getMessage());
        }
        List<Integer> numbers = new ArrayList<>();
        for (String number : query.all("number")) {
            try {
                numbers.add(Integer.parseInt(number));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("number must be a whole number");
            }
        }
        return new SearchFilters(years, query.all("org"), query.all("province"), query.all("kind"),
                query.all("form"), numbers, query.all("oCode"), query.all("docKind"), query.all("item"));
    }
}
