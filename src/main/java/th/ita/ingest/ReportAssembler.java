package th.ita.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import th.ita.extract.Extraction;
import th.ita.model.Problem;
import th.ita.model.Report;
import th.ita.model.SourceFile;
import th.ita.structure.StructuredReport;

/** Puts the identified file, its repaired text and its structure together into one {@link Report}. */
public final class ReportAssembler {

    private final Clock clock;

    public ReportAssembler(Clock clock) {
        this.clock = clock;
    }

    public Report assemble(IncomingFile incoming, Extraction extraction, StructuredReport structure) {
        SourceFile source = new SourceFile(incoming.relativeName(), extraction.mediaType(), incoming.sha256(),
                incoming.sizeBytes(), extraction.pages(), extraction.charset(), clock.instant());
        List<Problem> problems = new ArrayList<>(extraction.problems());
        problems.addAll(structure.problems());
        return new Report(Report.SCHEMA_VERSION, incoming.sha256(), source,
                structure.title(), structure.organization(), structure.fiscalYear(), structure.documentDate(),
                structure.memo(), structure.priorAssessment(), structure.sections(), structure.measures(),
                structure.indicators(), structure.signatories(), extraction.ocr(), extraction.text(),
                List.copyOf(problems), structure.documentKind(), structure.evidenceFor(), structure.fiscalYears(),
                structure.tables(), structure.units());
    }
}
