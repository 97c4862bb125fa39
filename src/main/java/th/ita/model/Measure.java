package th.ita.model;

import java.util.List;
import java.util.Optional;

/**
 * One row of a measures table (มาตรการ/แนวทาง).
 *
 * @param section     number of the section the row sits in
 * @param code        the row's number as written, ASCII digits, e.g. "1.1"
 * @param title       the measure itself
 * @param methods     วิธีการดำเนินการ, one item per listed step
 * @param responsible ผู้รับผิดชอบ
 * @param period      ระยะเวลา
 * @param results     ผลการดำเนินการ
 * @param suggestions ข้อเสนอแนะ
 */
public record Measure(
        String section,
        String code,
        String title,
        List<String> methods,
        List<String> responsible,
        Optional<Period> period,
        List<String> results,
        List<String> suggestions) {

    /** JSON written by older or other tools may leave any field out; none is null here. */
    public Measure {
        section = section == null ? "" : section;
        code = code == null ? "" : code;
        title = title == null ? "" : title;
        methods = methods == null ? List.of() : methods;
        responsible = responsible == null ? List.of() : responsible;
        period = period == null ? Optional.empty() : period;
        results = results == null ? List.of() : results;
        suggestions = suggestions == null ? List.of() : suggestions;
    }
}
