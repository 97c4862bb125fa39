package th.ita.model;

import java.util.List;
import java.util.Optional;

/**
 * One row of an indicators table (ตัวชี้วัด).
 *
 * @param form        IIT, EIT or OIT; inferred from the number when the row leaves it blank
 * @param number      indicator number 1-10
 * @param name        as written
 * @param catalogName the catalogue's name for this number in the report's fiscal year
 * @param issues      ประเด็นที่ต้องปรับปรุง
 * @param results     ผลการดำเนินงาน
 * @param oitItems    O-items listed under the indicator
 */
public record Indicator(
        String form,
        int number,
        String name,
        Optional<String> catalogName,
        List<String> issues,
        List<String> results,
        List<OitItem> oitItems) {

    /** JSON written by older or other tools may leave any field out; none is null here (number 0: unknown). */
    public Indicator {
        form = form == null ? "" : form;
        name = name == null ? "" : name;
        catalogName = catalogName == null ? Optional.empty() : catalogName;
        issues = issues == null ? List.of() : issues;
        results = results == null ? List.of() : results;
        oitItems = oitItems == null ? List.of() : oitItems;
    }
}
