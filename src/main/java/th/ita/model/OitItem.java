package th.ita.model;

/**
 * An open-data item of indicators 9 and 10, e.g. O1 โครงสร้าง. Codes mean different things in different years.
 *
 * @param code as written, e.g. "O17"
 * @param name as written
 */
public record OitItem(String code, String name) {
    public OitItem {
        code = code == null ? "" : code;
        name = name == null ? "" : name;
    }
}
