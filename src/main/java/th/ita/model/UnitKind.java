package th.ita.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the rows of a table are, as its header says: the kinds are named in the header vocabulary
 * ({@code table-vocabulary.json}), so a kind added there needs a value here.
 */
public enum UnitKind {
    /** มาตรการ, แนวทาง, กิจกรรม, โครงการ: something the body does. */
    MEASURE("measure"),
    /** ตัวชี้วัด, KPI, เป้าหมาย: something measured against a target. */
    INDICATOR("indicator"),
    /** ความเสี่ยง with its likelihood, impact or level. */
    RISK("risk"),
    /** เรื่องร้องเรียน: a complaint and how it was handled. */
    COMPLAINT("complaint"),
    /** One line of a checklist: an assessment item, a ☐/☑ box. */
    CHECKLIST_ITEM("checklist-item");

    private final String key;

    UnitKind(String key) {
        this.key = key;
    }

    /** The lower-case name used in JSON, the index and {@code --kind}. */
    @JsonValue
    public String key() {
        return key;
    }

    /** The kind for a key or an enum name, any case, '-' or '_'. */
    public static Optional<UnitKind> ofKey(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(kind -> kind.key.equals(wanted)).findFirst();
    }

    @JsonCreator
    static UnitKind fromJson(String key) {
        return ofKey(key).orElseThrow(() -> new IllegalArgumentException("unknown unit kind: " + key));
    }
}
