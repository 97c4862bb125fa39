package th.ita.structure;

import java.util.List;
import java.util.Optional;

import th.ita.model.AssessmentItem;
import th.ita.model.DocumentKind;
import th.ita.model.FiscalYear;
import th.ita.model.FiscalYearSpan;
import th.ita.model.Indicator;
import th.ita.model.Measure;
import th.ita.model.Memo;
import th.ita.model.Organization;
import th.ita.model.PriorAssessment;
import th.ita.model.Problem;
import th.ita.model.ReportTable;
import th.ita.model.Section;
import th.ita.model.Signatory;
import th.ita.model.Unit;

/**
 * The structured part of a report, which the ingest route copies into {@link th.ita.model.Report}. Fields
 * the document does not have are empty, never invented; {@code problems} lists what the heuristics were
 * unsure of.
 */
public record StructuredReport(
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
        List<Problem> problems,
        DocumentKind documentKind,
        List<AssessmentItem> evidenceFor,
        Optional<FiscalYearSpan> fiscalYears,
        List<ReportTable> tables,
        List<Unit> units) {

    /** The structure without what schema 2 added. */
    public StructuredReport(Optional<String> title, Optional<Organization> organization, Optional<FiscalYear> fiscalYear,
                            Optional<String> documentDate, Optional<Memo> memo, Optional<PriorAssessment> priorAssessment,
                            List<Section> sections, List<Measure> measures, List<Indicator> indicators,
                            List<Signatory> signatories, List<Problem> problems) {
        this(title, organization, fiscalYear, documentDate, memo, priorAssessment, sections, measures, indicators,
                signatories, problems, DocumentKind.OTHER, List.of(), Optional.empty(), List.of(), List.of());
    }
}
