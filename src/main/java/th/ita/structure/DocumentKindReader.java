package th.ita.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.model.DocumentKind;
import th.ita.model.Unit;
import th.ita.model.UnitKind;

/**
 * What a document is (memo, announcement, form, plan, report…), by the ordered rules in
 * {@code document-kinds.json} over its first lines and title; when none matches, by the units its tables gave.
 * Rules are data so a new kind of heading is a line of JSON and a test.
 */
final class DocumentKindReader {

    enum Where { HEADING, TITLE, TEXT }

    record Rule(DocumentKind kind, Where where, Pattern pattern) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RuleData(String kind, String where, String pattern) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(int headingLines, List<RuleData> rules) {
    }

    /** What the tables gave, for documents whose headings say nothing. */
    record Units(int indicators, int measures, int measuresWithResults) {

        static Units of(ReportBodyReader.Body body, List<Unit> units) {
            int indicators = body.indicators().size() + count(units, UnitKind.INDICATOR, false);
            int measures = body.measures().size() + count(units, UnitKind.MEASURE, false);
            int withResults = (int) body.measures().stream().filter(m -> !m.results().isEmpty()).count()
                    + count(units, UnitKind.MEASURE, true);
            return new Units(indicators, measures, withResults);
        }

        private static int count(List<Unit> units, UnitKind kind, boolean withResult) {
            return (int) units.stream().filter(u -> u.kind() == kind && (!withResult || u.result().isPresent())).count();
        }
    }

    private static final String RESOURCE = "/document-kinds.json";
    private static final int UNTITLED_TITLE_LINES = 2;

    private final int headingLines;
    private final List<Rule> rules;

    private DocumentKindReader(Data data) {
        this.headingLines = data.headingLines();
        this.rules = data.rules().stream().map(r -> new Rule(
                DocumentKind.ofKey(r.kind()).orElseThrow(() -> new IllegalStateException(
                        RESOURCE + " names an unknown document kind: " + r.kind())),
                Where.valueOf(r.where().toUpperCase(java.util.Locale.ROOT)),
                Pattern.compile(r.pattern(), Pattern.MULTILINE))).toList();
    }

    static DocumentKindReader load() {
        try (InputStream in = DocumentKindReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new DocumentKindReader(new ObjectMapper().readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * @param lines the document's lines, repaired
     * @param title its own title or memo subject, when found
     * @param units what its tables gave
     */
    DocumentKind read(List<String> lines, Optional<String> title, Units units) {
        List<String> heading = lines.stream().filter(l -> !l.isBlank()).limit(headingLines).map(String::strip).toList();
        // without a title line, only the very first lines stand for one: further down a heading holds anything
        String titleText = title.orElse(String.join(" ", heading.subList(0, Math.min(UNTITLED_TITLE_LINES, heading.size()))));
        String text = String.join("\n", lines);
        for (Rule rule : rules) {
            boolean matches = switch (rule.where()) {
                case HEADING -> heading.stream().anyMatch(l -> rule.pattern().matcher(l).find());
                case TITLE -> rule.pattern().matcher(titleText).find();
                case TEXT -> rule.pattern().matcher(text).find();
            };
            // a memo that carries a report's tables is the report's cover letter: what the report is wins
            boolean coverLetter = rule.kind() == DocumentKind.MEMO && units.indicators() + units.measures() > 0;
            if (matches && !coverLetter) {
                return rule.kind();
            }
        }
        if (units.indicators() > 0 && units.indicators() >= units.measures()) {
            return DocumentKind.INDICATOR_REPORT;
        }
        if (units.measures() > 0) {
            return units.measuresWithResults() > 0 ? DocumentKind.RESULTS_REPORT : DocumentKind.MEASURES_PLAN;
        }
        return DocumentKind.OTHER;
    }
}
