package th.ita.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.lucene.search.IndexSearcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.ita.home.HomeLayout;
import th.ita.model.ReportJson;
import th.ita.search.FacetCount;
import th.ita.search.QueryText;
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

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--limit must be from 1 to " + MAX_LIMIT + ", was " + limit);
        }
        HomeLayout layout = home.archiveToRead();
        QueryText query = typed(words);
        query.note().ifPresent(note -> ConsoleOutput.stderr().println(note));
        // Both the table and the JSON show facet counts.
        SearchRequest request = new SearchRequest(query.text(), filters.toFilters(), limit, true);
        SearchResult result;
        List<String> nearSpellings = List.of();
        try (ReportSearcher searcher = ReportSearcher.open(layout.index())) {
            result = searcher.search(request);
            if (result.rule() == SearchResult.MatchRule.ANY_WORD || result.rule() == SearchResult.MatchRule.RELAXED
                    || result.total() == 0) {
                nearSpellings = searcher.nearSpellings(query.text(), 5);
            }
        } catch (IndexSearcher.TooManyClauses tooLong) {
            throw new CommandFailure(ExitCode.USAGE, "The query has too many words to search at once; search for fewer words.");
        }
        PrintWriter out = ConsoleOutput.stdout();
        if (json) {
            out.println(ReportJson.mapper().writeValueAsString(result));
        } else {
            printTable(out, result, limit);
            if (!nearSpellings.isEmpty()) {
                out.printf("%nSpelt like this in the archive: %s%n", String.join(", ", nearSpellings));
            }
        }
        out.flush();
        return 0;
    }

    static final int MAX_LIMIT = 10_000;

    /** The words given on the command line as one searchable text; punctuation alone is a usage error. */
    static QueryText typed(List<String> words) {
        QueryText query = QueryText.of(String.join(" ", words));
        if (query.isPunctuationOnly()) {
            throw new CommandFailure(ExitCode.USAGE, query.punctuationOnlyMessage());
        }
        return query;
    }

    private static String ruleNote(SearchResult.MatchRule rule) {
        return switch (rule) {
            case FILTERS_ONLY -> "no text: every unit the filters pass";
            case ALL_WORDS -> "all words";
            case ANY_WORD -> "any word: no unit has all of them";
            case RELAXED -> "relaxed: few exact matches, so near spellings (shared letter pairs) follow them";
        };
    }

    private static void printTable(PrintWriter out, SearchResult result, int limit) {
        out.printf(Locale.ROOT, "%s match%s (%s)%n", result.totalText(), result.total() == 1 && !result.totalAtLeast() ? "" : "es",
                ruleNote(result.rule()));
        int rank = 0;
        List<SearchHit> hits = result.hits();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            List<String> sameElsewhere = new ArrayList<>();
            while (i + 1 < hits.size() && sameContent(hit, hits.get(i + 1))) {
                sameElsewhere.add(hits.get(++i).fileName());
            }
            out.printf(Locale.ROOT, "%n%2d. %-9s %s  %s  %s%n", ++rank, hit.kind(), unit(hit),
                    hit.fiscalYearBe().isPresent() ? "ปี " + hit.fiscalYearBe().getAsInt() : "",
                    hit.organization().orElse("") + hit.province().map(p -> " (" + p + ")").orElse(""));
            out.printf(Locale.ROOT, "    %s%n", hit.title());
            String snippet = hit.snippet().replace("<b>", "«").replace("</b>", "»").replaceAll("\\s*\\n\\s*", " / ");
            if (!snippet.isBlank()) {
                out.printf(Locale.ROOT, "    %s%n", snippet);
            }
            out.printf(Locale.ROOT, "    %s  %s  score %.2f%n", hit.fileName(), hit.reportId().substring(0, Math.min(12, hit.reportId().length())), hit.score());
            if (!sameElsewhere.isEmpty()) {
                out.printf(Locale.ROOT, "    the same text also in %s: %s%n", sameElsewhere.size() == 1 ? "1 other file"
                        : sameElsewhere.size() + " other files", String.join(", ", sameElsewhere));
            }
        }
        if (result.total() > hits.size()) {
            out.printf(Locale.ROOT, "%nShowing %d of %s; --limit %d shows %s, filters (--year, --kind, --org...) narrow them.%n",
                    hits.size(), result.totalText(), Math.min(result.total(), MAX_LIMIT),
                    result.totalAtLeast() ? "more" : "all of them");
        }
        if (result.total() > 0) {
            out.println();
            if (result.facets().estimated()) {
                out.println("counts below (~) are estimated from an even sample of the matches");
            }
            facetLine(out, "year", result.facets().fiscalYear(), result.facets().estimated());
            facetLine(out, "kind", result.facets().kind(), result.facets().estimated());
            facetLine(out, "form", result.facets().form(), result.facets().estimated());
            facetLine(out, "doc kind", result.facets().documentKind(), result.facets().estimated());
            facetLine(out, "item", result.facets().item(), result.facets().estimated());
            facetLine(out, "o-item", result.facets().oCode().stream().sorted(Comparator.comparingLong(FacetCount::count)
                    .reversed().thenComparingInt(SearchCommand::itemNumber)).toList(), result.facets().estimated());
            facetLine(out, "province", result.facets().province(), result.facets().estimated());
            facetLine(out, "organisation", result.facets().organization(), result.facets().estimated());
        }
    }

    /** The same unit text in another file (the same report saved as DOCX and PDF, say): shown once. */
    private static boolean sameContent(SearchHit a, SearchHit b) {
        return !a.reportId().equals(b.reportId()) && a.kind().equals(b.kind()) && a.title().equals(b.title())
                && a.snippet().equals(b.snippet()) && unit(a).equals(unit(b));
    }

    private static String unit(SearchHit hit) {
        if (hit.code().isPresent()) {
            // measures are numbered มาตรการ 1.1; a unit of another table keeps its code as written
            return hit.kind().equals("measure") ? "มาตรการ " + hit.code().get() : hit.code().get();
        }
        if (hit.number().isPresent()) {
            return hit.form().orElse("") + " ตัวชี้วัด " + hit.number().getAsInt();
        }
        return "";
    }

    /** O-items tied on count read in their own order, O2 before O11. */
    private static int itemNumber(FacetCount oCode) {
        String digits = oCode.value().replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static void facetLine(PrintWriter out, String name, List<FacetCount> counts, boolean estimated) {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-13s", name + ":"));
        counts.forEach(count -> line.append(' ').append(count.value()).append(estimated ? " (~" : " (").append(count.count()).append(')'));
        out.println(line);
    }
}
