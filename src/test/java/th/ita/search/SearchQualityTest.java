package th.ita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.index.IndexFields;
import th.ita.index.ReportFixtures;
import th.ita.index.ReportIndexer;
import th.ita.index.WordSegmenter;
import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.Report;

/**
 * Recall@5 and MRR of the committed quality set over the fixture reports, for the shipped analysis and for the
 * alternatives the choice was measured against. Only the shipped analysis has thresholds; the others are logged
 * so docs/search.md can quote them.
 */
class SearchQualityTest {

    private static final Logger LOG = LoggerFactory.getLogger(SearchQualityTest.class);
    private static final int TOP = 5;
    /**
     * Measured 1.000 and 0.987 on 2026-11-22 (51 queries, 10 of them OCR-misspelt); set a little under so one lost
     * query fails the build.
     */
    private static final double MIN_RECALL = 0.95;
    private static final double MIN_MRR = 0.90;

    @TempDir
    static Path home;
    private static List<QualityQueries.Query> queries;

    @BeforeAll
    static void indexFixtures() throws IOException {
        queries = QualityQueries.load();
        for (WordSegmenter segmenter : WordSegmenter.values()) {
            try (ReportIndexer indexer = ReportIndexer.open(indexDir(segmenter), segmenter, Duration.ofHours(1))) {
                ReportFixtures.ALL.forEach(name -> indexer.index(ReportFixtures.report(name)));
            }
        }
    }

    @Test
    void theQualitySetHasAtLeastThirtyThaiQueries() {
        assertThat(queries).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void icuWordsWithBigramsFindTheExpectedUnitsInTheirTopFive() throws IOException {
        Score score = evaluate(WordSegmenter.ICU, BigramRecall.SUBSTRING_THEN_SHARED);
        LOG.info("Search quality, ICU words + bigrams (shipped): {}", score);
        assertThat(score.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(score.mrr()).isGreaterThanOrEqualTo(MIN_MRR);
    }

    @Test
    void alternativesAreMeasuredForTheRecord() throws IOException {
        LOG.info("Search quality, ICU words + bigram substring, no relaxed fallback: {}",
                evaluate(WordSegmenter.ICU, BigramRecall.SUBSTRING));
        LOG.info("Search quality, ICU words only: {}", evaluate(WordSegmenter.ICU, BigramRecall.OFF));
        LOG.info("Search quality, JDK Thai words + bigrams: {}",
                evaluate(WordSegmenter.JDK_THAI, BigramRecall.SUBSTRING_THEN_SHARED));
        LOG.info("Search quality, JDK Thai words + bigram substring, no relaxed fallback: {}",
                evaluate(WordSegmenter.JDK_THAI, BigramRecall.SUBSTRING));
        LOG.info("Search quality, JDK Thai words only: {}", evaluate(WordSegmenter.JDK_THAI, BigramRecall.OFF));
        Score baseline = standardAnalyzerBaseline();
        LOG.info("Search quality, StandardAnalyzer on the raw text (baseline): {}", baseline);
        assertThat(baseline.recall())
                .isLessThan(evaluate(WordSegmenter.ICU, BigramRecall.SUBSTRING_THEN_SHARED).recall());
    }

    private Score evaluate(WordSegmenter segmenter, BigramRecall bigrams) throws IOException {
        List<String> misses = new ArrayList<>();
        double recall = 0;
        double reciprocalRanks = 0;
        try (ReportSearcher searcher = ReportSearcher.open(indexDir(segmenter), segmenter, bigrams)) {
            for (QualityQueries.Query query : queries) {
                List<UnitMatch> ranked = searcher.search(new SearchRequest(query.text(), query.filters(), 20)).hits()
                        .stream().map(hit -> new UnitMatch(hit.reportId(), hit.kind(), hit.position())).toList();
                double found = foundInTop(ranked, query.relevant());
                double rank = reciprocalRank(ranked, query.relevant());
                recall += found;
                reciprocalRanks += rank;
                if (found < 1 || rank < 1) {
                    misses.add(query.text() + (found < 1 ? "" : " (first relevant at " + Math.round(1 / rank) + ")"));
                }
            }
        }
        return new Score(recall / queries.size(), reciprocalRanks / queries.size(), misses);
    }

    /** The index a user would build without Thai analysis: StandardAnalyzer, classic query parser, default OR. */
    private Score standardAnalyzerBaseline() throws IOException {
        Path baselineDir = home.resolve("baseline");
        try (Directory directory = FSDirectory.open(baselineDir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String name : ReportFixtures.ALL) {
                Report report = ReportFixtures.report(name);
                writer.addDocument(rawUnit(report, "report", 0, null, report.title().orElse("") + "\n" + report.text()));
                for (int i = 0; i < report.measures().size(); i++) {
                    Measure m = report.measures().get(i);
                    writer.addDocument(rawUnit(report, "measure", i, null, String.join("\n", m.title(),
                            String.join("\n", m.methods()), String.join("\n", m.responsible()),
                            String.join("\n", m.results()), String.join("\n", m.suggestions()))));
                }
                for (int i = 0; i < report.indicators().size(); i++) {
                    Indicator ind = report.indicators().get(i);
                    String items = ind.oitItems().stream().map(o -> o.code() + " " + o.name()).collect(Collectors.joining("\n"));
                    writer.addDocument(rawUnit(report, "indicator", i, ind.form(), String.join("\n", ind.name(),
                            String.join("\n", ind.issues()), items, String.join("\n", ind.results()))));
                }
            }
        }
        List<String> misses = new ArrayList<>();
        double recall = 0;
        double reciprocalRanks = 0;
        try (Directory directory = FSDirectory.open(baselineDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryParser parser = new QueryParser(IndexFields.TEXT, new StandardAnalyzer());
            for (QualityQueries.Query query : queries) {
                BooleanQuery.Builder filtered = new BooleanQuery.Builder();
                try {
                    filtered.add(parser.parse(query.text()), Occur.MUST);
                } catch (ParseException e) {
                    filtered.add(parser.parse(QueryParser.escape(query.text())), Occur.MUST);
                }
                query.filters().kinds().forEach(kind -> filtered.add(new TermQuery(new Term(IndexFields.KIND, kind)), Occur.FILTER));
                query.filters().forms().forEach(form -> filtered.add(new TermQuery(new Term(IndexFields.FORM, form)), Occur.FILTER));
                query.filters().years().ifPresent(years -> filtered.add(
                        IntPoint.newRangeQuery(IndexFields.FISCAL_YEAR, years.fromBe(), years.toBe()), Occur.FILTER));
                List<UnitMatch> ranked = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(filtered.build(), 20).scoreDocs) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    ranked.add(new UnitMatch(doc.get(IndexFields.REPORT_ID), doc.get(IndexFields.KIND),
                            doc.getField(IndexFields.POSITION).numericValue().intValue()));
                }
                double found = foundInTop(ranked, query.relevant());
                recall += found;
                reciprocalRanks += reciprocalRank(ranked, query.relevant());
                if (found < 1) {
                    misses.add(query.text());
                }
            }
        } catch (ParseException e) {
            throw new IllegalStateException("escaped text still failed to parse", e);
        }
        return new Score(recall / queries.size(), reciprocalRanks / queries.size(), misses);
    }

    /** A unit as a user would index it: the JSON's text as is, no normalisation. */
    private static Document rawUnit(Report report, String kind, int position, String form, String text) {
        Document unit = new Document();
        unit.add(new StringField(IndexFields.REPORT_ID, report.id(), Field.Store.YES));
        unit.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
        unit.add(new StoredField(IndexFields.POSITION, position));
        if (form != null) {
            unit.add(new StringField(IndexFields.FORM, form, Field.Store.NO));
        }
        unit.add(new IntPoint(IndexFields.FISCAL_YEAR, report.fiscalYear().orElseThrow().be()));
        unit.add(new TextField(IndexFields.TEXT, text, Field.Store.NO));
        return unit;
    }

    private static double foundInTop(List<UnitMatch> ranked, List<UnitMatch> relevant) {
        List<UnitMatch> top = ranked.subList(0, Math.min(TOP, ranked.size()));
        long found = relevant.stream().filter(top::contains).count();
        return (double) found / Math.min(TOP, relevant.size());
    }

    private static double reciprocalRank(List<UnitMatch> ranked, List<UnitMatch> relevant) {
        for (int rank = 0; rank < ranked.size(); rank++) {
            if (relevant.contains(ranked.get(rank))) {
                return 1.0 / (rank + 1);
            }
        }
        return 0;
    }

    private static Path indexDir(WordSegmenter segmenter) {
        return home.resolve("index-" + segmenter.name().toLowerCase(Locale.ROOT));
    }

    /** Mean recall@5 and mean reciprocal rank over the set, with the queries that missed or ranked one lower. */
    record Score(double recall, double mrr, List<String> misses) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "recall@5=%.3f MRR=%.3f misses=%s", recall, mrr, misses);
        }
    }
}
