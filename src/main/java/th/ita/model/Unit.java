package th.ita.model;

import java.util.List;
import java.util.Optional;

/**
 * One row of a table whose header says what its rows are (a measure, indicator, risk, complaint, checklist
 * item), with the cells the header vocabulary names as fields and every other cell under its own header. A
 * field the row does not have is empty.
 *
 * @param kind        what the row is
 * @param code        the row's number or code as written, ASCII digits, e.g. "1.2" or "O12"
 * @param title       the row's name: the measure, indicator, risk or complaint itself
 * @param group       the heading the row sits under (กลยุทธ์ที่ ๑…, ด้าน…)
 * @param responsible ผู้รับผิดชอบ
 * @param period      ระยะเวลา
 * @param budget      งบประมาณ as written
 * @param target      เป้าหมาย or ค่าเป้าหมาย as written
 * @param result      ผลการดำเนินงาน as written
 * @param status      สถานะ, a ticked box, ดำเนินการแล้ว… as written
 * @param cells       the row's other cells under their headers
 * @param source      the table and row it was read from
 */
public record Unit(
        UnitKind kind,
        Optional<String> code,
        String title,
        Optional<String> group,
        Optional<String> responsible,
        Optional<Period> period,
        Optional<String> budget,
        Optional<String> target,
        Optional<String> result,
        Optional<String> status,
        List<TableCell> cells,
        UnitSource source) {

    public Unit {
        title = title == null ? "" : title;
        code = orEmpty(code);
        group = orEmpty(group);
        responsible = orEmpty(responsible);
        period = orEmpty(period);
        budget = orEmpty(budget);
        target = orEmpty(target);
        result = orEmpty(result);
        status = orEmpty(status);
        cells = cells == null ? List.of() : List.copyOf(cells);
        source = source == null ? new UnitSource(0, 0) : source;
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
