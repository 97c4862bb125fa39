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
        List<Problem> problems) {

    public static final int SCHEMA_VERSION = 1;
}
