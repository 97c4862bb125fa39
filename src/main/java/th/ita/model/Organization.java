package th.ita.model;

import java.util.Optional;

/**
 * The local government (or other body) that wrote the report.
 *
 * @param name     full name as written, e.g. องค์การบริหารส่วนตำบลหนองโสน
 * @param kind     อบต., เทศบาลตำบล, เทศบาลเมือง, เทศบาลนคร, อบจ., or the kind as written
 * @param district อำเภอ when stated
 * @param province จังหวัด, from the text or else the memo reference prefix
 */
public record Organization(String name, Optional<String> kind, Optional<String> district, Optional<String> province) {
}
