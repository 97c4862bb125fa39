package th.ita.model;

import java.util.List;
import java.util.Optional;

/**
 * One ingested report, as written to {@code reports/<id>.json}. Fields a document does not have are empty,
 * never invented.
 *
 * @param schemaVersion   version of this JSON shape ({@link #SCHEMA_VERSION})
 * @param id              SHA-256 of the source file's bytes
 * @param source          where the report came from
 * @param title           the report's own title line
 * @param organization    who wrote it
 * @param fiscalYear      the fiscal year the report is about (from the title, not the memo date)
 * @param documentDate    the date the document carries, ISO
 * @param memo            the memo header, when the report starts with one
 * @param priorAssessment a previous year's score quoted by the report
 * @param sections        numbered sections in order
 * @param measures        measure rows in order
 * @param indicators      indicator rows in order
 * @param signatories     people who signed
 * @param ocr             which pages were OCR'd, when any were
 * @param text            the whole normalised text
 * @param problems        what the stages were unsure of
 * @param documentKind    what the document is (schema 2; {@link DocumentKind#OTHER} when nothing says)
 * @param evidenceFor     assessment items the document says it is evidence for (schema 2)
 * @param fiscalYears     the fiscal year or range the document covers and where it was read (schema 2)
 * @param tables          every table of the document, understood or not (schema 2)
 * @param units           rows of tables whose header says what they are, other than the rows already in
 *                        {@code measures} and {@code indicators} (schema 2)
 */
public record Report(
        int schemaVersion,
        String id,
        SourceFile source,
        Optional<String> title,
        Optional<Organization> organization,
        Optional<FiscalYear> fiscalYear,
        Optional<String> documentDate,
        Optional<Memo> memo,
        Optional<PriorAssessment> priorAssessment,
        List<Section> sections,
        List<Measure> measures,
        List<Indicator> indicators,
        List<Signatory> signatories,
        Optional<OcrSummary> ocr,
        String text,
        List<Problem> problems,
        DocumentKind documentKind,
        List<AssessmentItem> evidenceFor,
        Optional<FiscalYearSpan> fiscalYears,
        List<ReportTable> tables,
        List<Unit> units) {

    /** Schema 2 added documentKind, evidenceFor, fiscalYears, tables and units; schema 1 JSON loads with them empty. */
    public static final int SCHEMA_VERSION = 2;

    public Report {
        title = orEmpty(title);
        organization = orEmpty(organization);
        fiscalYear = orEmpty(fiscalYear);
        documentDate = orEmpty(documentDate);
        memo = orEmpty(memo);
        priorAssessment = orEmpty(priorAssessment);
        sections = orEmpty(sections);
        measures = orEmpty(measures);
        indicators = orEmpty(indicators);
        signatories = orEmpty(signatories);
        ocr = orEmpty(ocr);
        text = text == null ? "" : text;
        problems = orEmpty(problems);
        documentKind = documentKind == null ? DocumentKind.OTHER : documentKind;
        evidenceFor = orEmpty(evidenceFor);
        fiscalYears = orEmpty(fiscalYears);
        tables = orEmpty(tables);
        units = orEmpty(units);
    }

    /** A report without the schema 2 parts, as schema 1 knew it. */
    public Report(int schemaVersion, String id, SourceFile source, Optional<String> title,
                  Optional<Organization> organization, Optional<FiscalYear> fiscalYear, Optional<String> documentDate,
                  Optional<Memo> memo, Optional<PriorAssessment> priorAssessment, List<Section> sections,
                  List<Measure> measures, List<Indicator> indicators, List<Signatory> signatories,
                  Optional<OcrSummary> ocr, String text, List<Problem> problems) {
        this(schemaVersion, id, source, title, organization, fiscalYear, documentDate, memo, priorAssessment,
                sections, measures, indicators, signatories, ocr, text, problems, DocumentKind.OTHER, List.of(),
                Optional.empty(), List.of(), List.of());
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    private static <T> List<T> orEmpty(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }
}
