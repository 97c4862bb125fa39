package th.ita.structure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a measures or indicators table holds what, read from the header row's words so that
 * reordered or missing columns still land in the right fields.
 */
record TableColumns(Kind kind, Map<Field, Integer> columns) {

    enum Kind { MEASURES, INDICATORS }

    enum Field { TITLE, METHODS, RESPONSIBLE, PERIOD, RESULTS, SUGGESTIONS, FORM, INDICATOR, ISSUES }

    /** The columns when the row is a measures or indicators header. */
    static Optional<TableColumns> ofHeader(List<String> row) {
        Map<Field, Integer> measures = new EnumMap<>(Field.class);
        Map<Field, Integer> indicators = new EnumMap<>(Field.class);
        for (int i = 0; i < row.size(); i++) {
            String cell = ThaiText.skeleton(row.get(i));
            if (cell.length() > 40) {
                return Optional.empty();
            }
            if (cell.startsWith(key("มาตรการ"))) {
                measures.putIfAbsent(Field.TITLE, i);
            } else if (cell.startsWith(key("วิธีการ")) || cell.contains(key("วิธีดำเนิน"))) {
                measures.putIfAbsent(Field.METHODS, i);
            } else if (cell.startsWith(key("ผู้รับผิดชอบ")) || cell.startsWith(key("หน่วยงานรับผิดชอบ"))) {
                measures.putIfAbsent(Field.RESPONSIBLE, i);
            } else if (cell.startsWith(key("ระยะเวลา"))) {
                measures.putIfAbsent(Field.PERIOD, i);
            } else if (cell.startsWith(key("ผลการดำเนิน")) || cell.startsWith(key("ผลการปฏิบัติ"))) {
                measures.putIfAbsent(Field.RESULTS, i);
                indicators.putIfAbsent(Field.RESULTS, i);
            } else if (cell.startsWith(key("ข้อเสนอแนะ")) || cell.startsWith(key("หมายเหตุ"))) {
                measures.putIfAbsent(Field.SUGGESTIONS, i);
            } else if (cell.equals(key("แบบ")) || cell.startsWith(key("แบบวัด")) || cell.startsWith(key("เครื่องมือ"))) {
                indicators.putIfAbsent(Field.FORM, i);
            } else if (cell.startsWith(key("ตัวชี้วัด"))) {
                indicators.putIfAbsent(Field.INDICATOR, i);
            } else if (cell.startsWith(key("ประเด็น"))) {
                indicators.putIfAbsent(Field.ISSUES, i);
            }
        }
        if (indicators.containsKey(Field.INDICATOR) && indicators.size() >= 2) {
            return Optional.of(new TableColumns(Kind.INDICATORS, indicators));
        }
        if (measures.containsKey(Field.TITLE) && measures.size() >= 3) {
            return Optional.of(new TableColumns(Kind.MEASURES, measures));
        }
        return Optional.empty();
    }

    private static String key(String keyword) {
        return ThaiText.skeleton(keyword);
    }

    int width() {
        return columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    /** The cell for a field, empty when the table has no such column or the row is short. */
    String cell(List<String> row, Field field) {
        Integer i = columns.get(field);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    boolean has(Field field) {
        return columns.containsKey(field);
    }
}
