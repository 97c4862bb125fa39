package th.ita.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.ita.model.ReportJson;
import th.ita.search.FacetCount;
import th.ita.search.ReportSearcher;
import th.ita.search.SearchHit;
import th.ita.search.SearchRequest;
import th.ita.search.SearchResult;

/** {@code ita search}: ranked units with snippets and facet counts, as a table or as JSON. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search reports, measures and indicators. Words and \"quoted phrases\"; nothing is syntax.")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Mixin
    FilterOptions filters;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "What to look for; empty lists every unit that passes the filters.")
    private List<String> words = new ArrayList<>();

    @Option(names = {"--limit", "-n"}, paramLabel = "N", defaultValue = "20", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print {total, hits, facets} as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        // Both the table and the JSON show facet counts.
        SearchRequest request = new SearchRequest(String.join(" ", words), filters.toFilters(), limit, true);
        SearchResult result;
        try (ReportSearcher searcher = ReportSearcher.open(indexDir(home))) {
            result = searcher.search(request);
        }
        PrintWriter out = ConsoleOutput.stdout();
        if (json) {
            out.println(ReportJson.mapper().writeValueAsString(result));
        } else {
            printTable(out, result);
        }
        out.flush();
        return 0;
    }

    static Path indexDir(HomeOption home) {
        return home.home().resolve("index");
    }

    private static void printTable(PrintWriter out, SearchResult result) {
        out.printf(Locale.ROOT, "%d match%s%n", result.total(), result.total() == 1 ? "" : "es");
        int rank = 0;
        for (SearchHit hit : result.hits()) {
            out.printf(Locale.ROOT, "%n%2d. %-9s %s  %s  %s%n", ++rank, hit.kind(), unit(hit),
                    hit.fiscalYearBe().isPresent() ? "ปี " + hit.fiscalYearBe().getAsInt() : "",
                    hit.organization().orElse("") + hit.province().map(p -> " (" + p + ")").orElse(""));
            out.printf(Locale.ROOT, "    %s%n", hit.title());
            String snippet = hit.snippet().replace("<b>", "«").replace("</b>", "»").replaceAll("\\s*\\n\\s*", " / ");
            if (!snippet.isBlank()) {
                out.printf(Locale.ROOT, "    %s%n", snippet);
            }
            out.printf(Locale.ROOT, "    %s  %s  score %.2f%n", hit.fileName(), hit.reportId().substring(0, Math.min(12, hit.reportId().length())), hit.score());
        }
        if (result.total() > 0) {
            out.println();
            facetLine(out, "year", result.facets().fiscalYear());
            facetLine(out, "kind", result.facets().kind());
            facetLine(out, "form", result.facets().form());
            facetLine(out, "doc kind", result.facets().documentKind());
            facetLine(out, "item", result.facets().item());
            facetLine(out, "province", result.facets().province());
            facetLine(out, "organisation", result.facets().organization());
        }
    }

    private static String unit(SearchHit hit) {
        if (hit.code().isPresent()) {
            return "มาตรการ " + hit.code().get();
        }
        if (hit.number().isPresent()) {
            return hit.form().orElse("") + " ตัวชี้วัด " + hit.number().getAsInt();
        }
        return "";
    }

    private static void facetLine(PrintWriter out, String name, List<FacetCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-13s", name + ":"));
        counts.forEach(count -> line.append(' ').append(count.value()).append(" (").append(count.count()).append(')'));
        out.println(line);
    }
}
