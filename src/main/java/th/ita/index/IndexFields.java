package th.ita.index;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Field names of the index, shared by the writer and the searcher. Every unit (report, measure, indicator) carries
 * its report's id, file, organisation, province and fiscal year so each hit can be filtered and grouped alone.
 */
public final class IndexFields {

    /** StringField, stored: the term {@code updateDocuments} replaces a report's documents by; shown on hits. */
    public static final String REPORT_ID = "reportId";
    /**
     * StringField, stored, facet: report, measure, indicator, or a unit kind of any other table (risk, complaint,
     * checklist-item; see {@link th.ita.model.UnitKind}); exact filter.
     */
    public static final String KIND = "kind";
    /** Stored only: shown on hits, never searched (names are full of dates and ids, not words). */
    public static final String FILE_NAME = "fileName";
    /** Stored only: the name as written, shown on hits and used as the facet label. */
    public static final String ORGANIZATION = "organization";
    /**
     * Tokenised into bigrams, not stored: the --org filter is a bigram phrase, i.e. a substring match ("หนองโสน"),
     * which does not depend on how the dictionary happens to split a place name.
     */
    public static final String ORGANIZATION_BIGRAMS = "organizationBigrams";
    /** StringField, stored, facet: exact province name without "จังหวัด". */
    public static final String PROVINCE = "province";
    /** IntPoint for year ranges, stored for hits; the facet dimension holds the same year as text. */
    public static final String FISCAL_YEAR = "fiscalYearBe";
    /** Stored only: the section number of a measure. */
    public static final String SECTION = "section";
    /** Stored only: the measure's code as written ("2.1"); codes repeat, so never a key. */
    public static final String CODE = "code";
    /** StringField, stored, facet: IIT, EIT or OIT of an indicator. */
    public static final String FORM = "form";
    /** IntPoint for the --number filter, stored for hits: indicator number 1-10. */
    public static final String NUMBER = "number";
    /** StringField, not stored, one per O-item ("O17"): the --o-code filter. */
    public static final String O_CODE = "oCode";
    /** Stored only: the unit's place in its report's list, so export finds the record again. */
    public static final String POSITION = "position";
    /** Stored only, on units read from any table: {@link #POSITION} counts in the report's {@code units}. */
    public static final String UNIT_LIST = "list";
    public static final String UNIT_LIST_UNITS = "units";
    /** StringField, stored, facet: the report's document kind (action-plan, memo…), on every unit. */
    public static final String DOC_KIND = "docKind";
    /** StringField, stored, facet, one per item: assessment items the report is evidence for (O43, MOIT5, EB2). */
    public static final String ITEM = "item";
    /** Tokenised by words and stored: the unit's title, searched with a boost over the body. */
    public static final String TITLE = "title";
    /** Tokenised by words and stored: everything the unit says; searched precisely and highlighted. */
    public static final String TEXT = "text";
    /** Tokenised into Thai bigrams, not stored (same value as {@link #TEXT}): recall for damaged or unknown words. */
    public static final String TEXT_BIGRAMS = "textBigrams";
    /** Tokenised by words, not stored: who and where (organisation, section, catalogue name), searched lightly. */
    public static final String CONTEXT = "context";

    /** Facet dimensions, all single-valued sorted-set doc values (no taxonomy index to keep in step). */
    public static final String FACET_YEAR = "fiscalYear";
    public static final String FACET_ORGANIZATION = "organization";
    public static final String FACET_PROVINCE = "province";
    public static final String FACET_KIND = "kind";
    public static final String FACET_FORM = "form";
    public static final String FACET_DOC_KIND = "docKind";
    public static final String FACET_ITEM = "item";
    /** Multi-valued: the O-items (O17) an indicator lists, counted for the page's O-item filter. */
    public static final String FACET_O_CODE = "oCode";

    public static final String KIND_REPORT = "report";
    public static final String KIND_MEASURE = "measure";
    public static final String KIND_INDICATOR = "indicator";

    /** Raise when analysis or layout changes: an index written by another version is rebuilt on open. */
    public static final String LAYOUT_VERSION = "3";

    private IndexFields() {
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_ITEM, true);
        config.setMultiValued(FACET_O_CODE, true);
        return config;
    }

    /** Index-time and query-time analysis per field. */
    public static Analyzer analyzer(WordSegmenter segmenter) {
        Analyzer words = new ThaiWordAnalyzer(segmenter);
        Analyzer bigrams = new ThaiBigramAnalyzer();
        return new PerFieldAnalyzerWrapper(words, Map.of(TEXT_BIGRAMS, bigrams, ORGANIZATION_BIGRAMS, bigrams));
    }
}
