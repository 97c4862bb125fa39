package th.ita.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whose list an assessment item belongs to. */
public enum AssessmentFramework {
    /** The NACC's ITA open-data items O1-O43, whose meaning changes by year. */
    NACC("NACC"),
    /** The health ministry's EB items, fiscal years 2562-2564. */
    MOPH_EB("MOPH-EB"),
    /** The health ministry's MOIT items, from fiscal year 2565. */
    MOIT("MOIT");

    private final String key;

    AssessmentFramework(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
