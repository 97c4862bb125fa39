package th.ita.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.ita.extract.Extraction;
import th.ita.model.Problem;
import th.ita.model.Report;
import th.ita.model.SourceFile;

/** Puts the identified file, its repaired text and its structure together into one {@link Report}. */
public final class ReportAssembler {

    private final Clock clock;

    public ReportAssembler(Clock clock) {
        this.clock = clock;
    }

    public Report assemble(IncomingFile incoming, Extraction extraction) {
        SourceFile source = new SourceFile(incoming.relativeName(), extraction.mediaType(), incoming.sha256(),
                incoming.sizeBytes(), extraction.pages(), extraction.charset(), clock.instant());
        List<Problem> problems = new ArrayList<>(extraction.problems());
        return new Report(Report.SCHEMA_VERSION, incoming.sha256(), source,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of(), List.of(), extraction.ocr(), extraction.text(), List.copyOf(problems));
    }
}
