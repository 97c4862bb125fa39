package th.ita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.ita.index.ReportFixtures;
import th.ita.index.ReportIndexer;
import th.ita.model.AssessmentFramework;
import th.ita.model.AssessmentItem;
import th.ita.model.DocumentKind;
import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.OitItem;
import th.ita.model.Report;
import th.ita.model.ReportJson;
import th.ita.model.TableCell;
import th.ita.model.Unit;
import th.ita.model.UnitKind;
import th.ita.model.UnitSource;

/** Units of any table in the index: their kinds, the report's document kind and assessment items, and gaps. */
class UnitSearchTest {

    @TempDir
    Path home;

    private static Report withSchemaTwoParts(Report r, DocumentKind kind, List<AssessmentItem> items, List<Unit> units) {
        return new Report(Report.SCHEMA_VERSION, r.id(), r.source(), r.title(), r.organization(), r.fiscalYear(),
                r.documentDate(), r.memo(), r.priorAssessment(), r.sections(), r.measures(), r.indicators(),
                r.signatories(), r.ocr(), r.text(), r.problems(), kind, items, Optional.empty(), List.of(), units);
    }

    private static Unit risk(String title) {
        return new Unit(UnitKind.RISK, Optional.of("1"), title, Optional.of("ด้านการจัดซื้อจัดจ้าง"), Optional.of("กองคลัง"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new TableCell("ระดับความเสี่ยง", "สูง")), new UnitSource(1, 0));
    }

    private SearchResult search(String text, SearchFilters filters) throws IOException {
        try (ReportSearcher searcher = ReportSearcher.open(home.resolve("index"))) {
            return searcher.search(SearchRequest.of(text).withFilters(filters).withLimit(50));
        }
    }

    @Test
    void riskUnitsAreFoundByKindDocumentKindAndItem() throws IOException {
        Report plan = withSchemaTwoParts(ReportFixtures.report(ReportFixtures.NONGSANO_2565), DocumentKind.RISK_ASSESSMENT,
                List.of(new AssessmentItem("O๓๖", AssessmentFramework.NACC, Optional.of(2565)),
                        new AssessmentItem("MOIT 5", AssessmentFramework.MOIT, Optional.empty())),
                List.of(risk("การรับสินบนในการตรวจรับพัสดุ")));
        Report other = ReportFixtures.report(ReportFixtures.WANGMAPRANG_2564);
        try (ReportIndexer indexer = ReportIndexer.open(home.resolve("index"))) {
            indexer.index(plan);
            indexer.index(other);
        }

        SearchResult risks = search("สินบน", SearchFilters.none().withKinds("risk"));
        assertThat(risks.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo("risk");
            assertThat(hit.reportId()).isEqualTo(plan.id());
            assertThat(hit.title()).contains("สินบน");
        });
        SearchFilters byItem = new SearchFilters(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of("O36"));
        assertThat(search("ทุจริต", byItem).hits()).isNotEmpty().allSatisfy(h -> assertThat(h.reportId()).isEqualTo(plan.id()));
        SearchFilters byMoit = new SearchFilters(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of("risk-assessment"), List.of("moit5"));
        SearchResult moit = search("ทุจริต", byMoit);
        assertThat(moit.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.reportId()).isEqualTo(plan.id()));
        assertThat(moit.facets().documentKind()).containsExactly(new FacetCount("risk-assessment", moit.total()));
        assertThat(moit.facets().item()).extracting(FacetCount::value).containsExactlyInAnyOrder("O36", "MOIT5");
        SearchResult all = search("ทุจริต", SearchFilters.none());
        assertThat(all.facets().documentKind()).extracting(FacetCount::value).contains("risk-assessment", "other");

        try (ReportSearcher searcher = ReportSearcher.open(home.resolve("index"))) {
            List<UnitMatch> matches = searcher.matches(SearchRequest.of("สินบน").withFilters(SearchFilters.none().withKinds("risk")));
            assertThat(matches).containsExactly(new UnitMatch(plan.id(), "risk", 0, true));
        }
    }

    @Test
    void unitsMissingAnyFieldAreIndexedWithWhatTheyHave() throws IOException {
        Report seed = ReportFixtures.report(ReportFixtures.WANGMAPRANG_2564);
        Indicator written = seed.indicators().get(0);
        List<Indicator> gaps = List.of(
                new Indicator("", written.number(), written.name(), written.catalogName(), written.issues(),
                        written.results(), written.oitItems()),
                new Indicator("OIT", 0, "ตัวชี้วัดที่ไม่มีเลข", Optional.empty(), List.of(), List.of(), List.of()),
                new Indicator("EIT", 5, "", Optional.empty(), List.of(), List.of(), List.of(new OitItem("", "ไม่มีรหัส"))));
        List<Measure> measures = List.of(new Measure("", "", "", List.of("ขั้นตอนเดียว"), List.of(), Optional.empty(),
                List.of(), List.of()));
        Report report = new Report(Report.SCHEMA_VERSION, seed.id(), seed.source(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), measures, gaps,
                List.of(), Optional.empty(), "", List.of(), DocumentKind.OTHER, List.of(), Optional.empty(), List.of(),
                List.of(new Unit(UnitKind.COMPLAINT, Optional.empty(), "", Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("ยุติเรื่อง"), Optional.empty(),
                        List.of(), new UnitSource(1, 0))));
        try (ReportIndexer indexer = ReportIndexer.open(home.resolve("index"))) {
            indexer.index(report);
        }

        SearchResult indicators = search(written.name(), SearchFilters.none().withKinds("indicator"));
        assertThat(indicators.hits()).extracting(SearchHit::form).contains(Optional.empty());
        assertThat(search("ตัวชี้วัดที่ไม่มีเลข", SearchFilters.none()).hits()).isNotEmpty();
        assertThat(search("ขั้นตอนเดียว", SearchFilters.none().withKinds("measure")).hits()).hasSize(1);
        assertThat(search("ยุติเรื่อง", SearchFilters.none().withKinds("complaint")).hits()).hasSize(1);
        assertThat(search("ไม่มีรหัส", SearchFilters.none()).hits()).isNotEmpty();
    }

    @Test
    void reportJsonWithFieldsLeftOutLoadsAndIndexes() throws IOException {
        var json = ReportJson.mapper();
        ObjectNode tree = (ObjectNode) json.valueToTree(ReportFixtures.report(ReportFixtures.WANGMAPRANG_2564));
        tree.remove(List.of("organization", "fiscalYear", "title", "sections", "signatories", "problems"));
        ArrayNode indicators = (ArrayNode) tree.get("indicators");
        ((ObjectNode) indicators.get(0)).remove(List.of("form", "number", "oitItems"));
        ((ObjectNode) indicators.get(1)).remove(List.of("name", "issues", "results"));
        for (var indicator : indicators) {
            if (indicator.path("oitItems").size() > 0) {
                ((ObjectNode) indicator.get("oitItems").get(0)).remove("code");
            }
        }
        Report loaded = json.treeToValue(tree, Report.class);

        try (ReportIndexer indexer = ReportIndexer.open(home.resolve("index"))) {
            indexer.index(loaded);
        }

        assertThat(loaded.indicators().get(0).form()).isEmpty();
        assertThat(loaded.indicators().get(1).issues()).isEmpty();
        assertThat(search("ทุจริต", SearchFilters.none().withKinds("indicator")).total()).isPositive();
    }
}
