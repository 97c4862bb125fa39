package th.ita.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a document is, read from its title and body; {@link #OTHER} when nothing says. */
public enum DocumentKind {
    MEMO("memo"),
    MEASURES_PLAN("measures-plan"),
    RESULTS_REPORT("results-report"),
    INDICATOR_REPORT("indicator-report"),
    ACTION_PLAN("action-plan"),
    RISK_ASSESSMENT("risk-assessment"),
    COMPLAINT_SUMMARY("complaint-summary"),
    ANNOUNCEMENT_OR_ORDER("announcement-or-order"),
    FORM_OR_TEMPLATE("form-or-template"),
    ASSESSMENT_EVIDENCE("assessment-evidence"),
    OTHER("other");

    private final String key;

    DocumentKind(String key) {
        this.key = key;
    }

    /** The lower-case name used in JSON, the index and the command line, e.g. {@code risk-assessment}. */
    @JsonValue
    public String key() {
        return key;
    }

    /** The kind for a key or an enum name, any case, '-' or '_'. */
    public static Optional<DocumentKind> ofKey(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(kind -> kind.key.equals(wanted)).findFirst();
    }

    @JsonCreator
    static DocumentKind fromJson(String key) {
        return ofKey(key).orElse(OTHER);
    }
}
