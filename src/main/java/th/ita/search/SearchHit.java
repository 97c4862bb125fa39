package th.ita.search;

import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One matching unit.
 *
 * @param kind         report, measure or indicator
 * @param reportId     the report's id (its JSON is {@code reports/<id>.json})
 * @param fileName     the source file as dropped
 * @param organization who wrote the report
 * @param province     where
 * @param fiscalYearBe the report's fiscal year
 * @param section      a measure's section number
 * @param code         a measure's code as written ("2.1")
 * @param form         an indicator's form (IIT, EIT, OIT)
 * @param number       an indicator's number
 * @param title        the unit's title (measure, indicator name, or report title)
 * @param snippet      the best passage with matches wrapped in {@code <b>…</b>}
 * @param score        relevance, comparable only within one search
 * @param position     the unit's place in its report's measures or indicators, for export
 */
public record SearchHit(
        String kind,
        String reportId,
        String fileName,
        Optional<String> organization,
        Optional<String> province,
        OptionalInt fiscalYearBe,
        Optional<String> section,
        Optional<String> code,
        Optional<String> form,
        OptionalInt number,
        String title,
        String snippet,
        float score,
        @JsonIgnore int position) {
}
