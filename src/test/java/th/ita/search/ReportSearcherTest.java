package th.ita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.index.ReportFixtures;
import th.ita.index.ReportIndexer;
import th.ita.index.WordSegmenter;
import th.ita.model.Report;

class ReportSearcherTest {

    @TempDir
    static Path home;
    private static ReportSearcher searcher;

    @BeforeAll
    static void indexFixtures() throws IOException {
        try (ReportIndexer indexer = ReportIndexer.open(home.resolve("index"))) {
            ReportFixtures.ALL.forEach(name -> indexer.index(ReportFixtures.report(name)));
        }
        searcher = ReportSearcher.open(home.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @Test
    void informationCentreFindsSeedZeroMeasureTwoOneFirst() throws IOException {
        SearchHit top = search(SearchRequest.of("ศูนย์ข้อมูลข่าวสาร")).hits().get(0);
        assertThat(top.reportId()).isEqualTo(id(ReportFixtures.NONGSANO_2565));
        assertThat(top.kind()).isEqualTo("measure");
        assertThat(top.code()).contains("2.1");
        assertThat(top.snippet()).contains("<b>ศูนย์ข้อมูลข่าวสาร</b>");
    }

    @Test
    void hitsFacetsAndTotalsOfAFewMatchesAreExactlyThoseOfTheSearcherThatScoredEveryMatch() throws IOException {
        try (ReportSearcher before = ReportSearcher.scoringEveryMatch(home.resolve("index"))) {
            for (String typed : List.of("ทุจริต", "ศูนย์ข้อมูลข่าวสาร", "การใช้งบประมาณ", "ทรัพย์สิบของราชการ", "แผน ปฏิบัติ")) {
                SearchRequest request = SearchRequest.of(typed).withLimit(50)
                        .withFilters(SearchFilters.none().withYears(YearRange.parse("2564-2565")));
                SearchResult now = search(request);
                SearchResult then = before.search(request);
                assertThat(now.hits()).as(typed).isNotEmpty().isEqualTo(then.hits());
                // Few matches: the facet sample takes every one, so counts and total are exact as before.
                assertThat(now.facets()).as(typed).isEqualTo(then.facets());
                assertThat(now.total()).as(typed).isEqualTo(then.total());
            }
        }
    }

    @Test
    void aYearFilterReturnsOnlyUnitsOfThatFiscalYear() throws IOException {
        SearchResult result = search(SearchRequest.of("ทุจริต").withFilters(SearchFilters.none().withYears(YearRange.parse("2564"))).withLimit(100));
        assertThat(result.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.fiscalYearBe()).hasValue(2564));
        assertThat(result.facets().fiscalYear()).containsExactly(new FacetCount("2564", result.total()));
    }

    @Test
    void aCleanUnitRanksAboveItsDamagedCopy() throws IOException {
        List<SearchHit> hits = search(SearchRequest.of("ทะเบียนคุมหนังสือร้องเรียน").withFilters(SearchFilters.none().withKinds("measure"))).hits();
        assertThat(hits).extracting(SearchHit::fiscalYearBe).startsWith(java.util.OptionalInt.of(2565), java.util.OptionalInt.of(2566));
    }

    @Test
    void aWordThatLostItsSaraAmIsStillFound() throws IOException {
        SearchRequest request = SearchRequest.of("จัดทำทะเบียนคุมหนังสือ").withFilters(SearchFilters.none().withYears(YearRange.parse("2566")));
        assertThat(search(request).hits()).extracting(SearchHit::code).contains(Optional.of("4.1"));
    }

    @Test
    void aWordSplitByALineWrapIsStillFound() throws IOException {
        SearchRequest request = SearchRequest.of("ประชาสัมพันธ์ขั้นตอนการขออนุญาต").withFilters(SearchFilters.none().withYears(YearRange.parse("2565")));
        assertThat(search(request).hits()).extracting(SearchHit::number).contains(java.util.OptionalInt.of(4));
    }

    @Test
    void aWordWithALetterMisreadByOcrIsFoundByMostOfItsBigrams() throws IOException {
        SearchResult result = search(SearchRequest.of("ทรัพย์สิบของราชการ").withFilters(SearchFilters.none().withYears(YearRange.parse("2564"))));
        SearchHit top = result.hits().get(0);
        assertThat(top.kind()).isEqualTo("indicator");
        assertThat(top.number()).hasValue(4);
        assertThat(top.snippet()).contains("<b>");
    }

    @Test
    void relaxedHitsFollowTheStrictHitsInTheirOrderWithoutRepeatingThem() throws IOException {
        SearchRequest request = SearchRequest.of("ทองเที่ยวเชิงเกษตร");
        List<UnitMatch> strict;
        try (ReportSearcher substringOnly = ReportSearcher.open(home.resolve("index"), WordSegmenter.ICU, BigramRecall.SUBSTRING)) {
            strict = units(substringOnly.search(request).hits());
        }
        List<UnitMatch> shipped = units(search(request).hits());
        assertThat(strict).isNotEmpty().hasSizeLessThan(request.limit());
        assertThat(shipped).startsWith(strict.toArray(UnitMatch[]::new)).doesNotHaveDuplicates()
                .hasSizeGreaterThan(strict.size());
    }

    @Test
    void theRelaxedQueryDoesNotRunWhenTheStrictOneFillsTheLimit() throws IOException {
        SearchRequest request = SearchRequest.of("ทุจริต").withLimit(3);
        try (ReportSearcher substringOnly = ReportSearcher.open(home.resolve("index"), WordSegmenter.ICU, BigramRecall.SUBSTRING)) {
            SearchResult strict = substringOnly.search(request);
            SearchResult shipped = search(request);
            assertThat(shipped.total()).isEqualTo(strict.total());
            assertThat(units(shipped.hits())).isEqualTo(units(strict.hits()));
        }
    }

    @Test
    void queryParserSyntaxIsSearchedLiterallyWithoutError() throws IOException {
        assertThat(search(SearchRequest.of("ทุจริต) AND (title:\"[*")).total()).isPositive();
    }

    @Test
    void partsThatNeverOccurTogetherFallBackToAnyPart() throws IOException {
        assertThat(search(SearchRequest.of("E-Service เจตนาภรณ์")).total()).isPositive();
    }

    @Test
    void latinIsMatchedWhateverItsCase() throws IOException {
        assertThat(search(SearchRequest.of("e-SERVICE")).hits()).extracting(SearchHit::number).contains(java.util.OptionalInt.of(9));
    }

    @Test
    void filtersOnlyListEveryIndicatorNine() throws IOException {
        SearchFilters nine = new SearchFilters(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(9), List.of());
        SearchResult result = search(new SearchRequest("", nine, 20));
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.form()).contains("OIT"));
    }

    @Test
    void anOCodeFilterFindsTheIndicatorListingIt() throws IOException {
        SearchFilters o17 = new SearchFilters(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of("O๑๗"));
        assertThat(search(new SearchRequest("", o17, 20)).hits()).extracting(SearchHit::number)
                .containsOnly(java.util.OptionalInt.of(9));
    }

    @Test
    void anOrganisationFilterReadsTheAbbreviationAndAnyPartOfTheName() throws IOException {
        SearchFilters nongsano = new SearchFilters(Optional.empty(), List.of("อบต.หนองโสน"), List.of(), List.of(), List.of(), List.of(), List.of());
        SearchResult result = search(new SearchRequest("", nongsano, 50));
        assertThat(result.facets().organization()).extracting(FacetCount::value).containsExactly("องค์การบริหารส่วนตำบลหนองโสน");
        assertThat(result.total()).isEqualTo(18);
    }

    @Test
    void aProvinceFilterAcceptsTheChangwatPrefix() throws IOException {
        SearchFilters trang = new SearchFilters(Optional.empty(), List.of(), List.of("จังหวัดตรัง"), List.of(), List.of(), List.of(), List.of());
        assertThat(search(new SearchRequest("", trang, 50)).facets().province()).containsExactly(new FacetCount("ตรัง", 20));
    }

    @Test
    void facetsCountEveryMatchNotOnlyTheReturnedHits() throws IOException {
        SearchResult result = search(SearchRequest.of("ทุจริต").withLimit(1));
        long kinds = result.facets().kind().stream().mapToLong(FacetCount::count).sum();
        assertThat(kinds).isEqualTo(result.total()).isGreaterThan(1);
    }

    @Test
    void aRequestWithoutFacetsStillCountsEveryMatchButListsNoFacets() throws IOException {
        SearchRequest request = SearchRequest.of("ทุจริต").withLimit(1);
        SearchResult withoutFacets = search(request.withFacets(false));
        assertThat(withoutFacets.facets()).isEqualTo(SearchFacets.empty());
        assertThat(withoutFacets.total()).isEqualTo(search(request).total());
        assertThat(withoutFacets.hits()).isEqualTo(search(request).hits());
    }

    @Test
    void matchesListEveryUnitForExport() throws IOException {
        SearchRequest measures = new SearchRequest("", SearchFilters.none().withKinds("measure"), 1);
        assertThat(searcher.matches(measures)).hasSize(16);
    }

    private static SearchResult search(SearchRequest request) throws IOException {
        return searcher.search(request);
    }

    private static String id(String fixture) {
        Report report = ReportFixtures.report(fixture);
        return report.id();
    }

    private static List<UnitMatch> units(List<SearchHit> hits) {
        return hits.stream().map(hit -> new UnitMatch(hit.reportId(), hit.kind(), hit.position())).toList();
    }
}
