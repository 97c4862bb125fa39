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
            String cell = headerLetters(row.get(i));
            if (cell.length() > 40) {
                return Optional.empty();
            }
            if (opens(cell, "มาตรการ")) {
                measures.putIfAbsent(Field.TITLE, i);
            } else if (opens(cell, "วิธีการ") || cell.contains(key("วิธีดำเนิน"))) {
                measures.putIfAbsent(Field.METHODS, i);
            } else if (opens(cell, "ผู้รับผิดชอบ") || opens(cell, "หน่วยงานรับผิดชอบ")) {
                measures.putIfAbsent(Field.RESPONSIBLE, i);
            } else if (opens(cell, "ระยะเวลา")) {
                measures.putIfAbsent(Field.PERIOD, i);
            } else if (opens(cell, "ผลการดำเนิน") || opens(cell, "ผลการปฏิบัติ")) {
                measures.putIfAbsent(Field.RESULTS, i);
                indicators.putIfAbsent(Field.RESULTS, i);
            } else if (opens(cell, "ข้อเสนอแนะ") || opens(cell, "หมายเหตุ")) {
                measures.putIfAbsent(Field.SUGGESTIONS, i);
            } else if (cell.equals(key("แบบ")) || cell.startsWith(key("แบบวัด")) || cell.startsWith(key("เครื่องมือ"))) {
                indicators.putIfAbsent(Field.FORM, i);
            } else if (opens(cell, "ตัวชี้วัด")) {
                indicators.putIfAbsent(Field.INDICATOR, i);
            } else if (opens(cell, "ประเด็น")) {
                indicators.putIfAbsent(Field.ISSUES, i);
            }
        }
        Integer form = indicators.get(Field.FORM);
        Integer issues = indicators.get(Field.ISSUES);
        if (!indicators.containsKey(Field.INDICATOR) && form != null && issues != null && issues == form + 2
                && indicators.containsKey(Field.RESULTS) && row.get(form + 1).isBlank()) {
            // a repeated header whose ตัวชี้วัด was lost (OCR): the one blank column between แบบ and ประเด็น is it
            indicators.put(Field.INDICATOR, form + 1);
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
        return headerLetters(keyword);
    }

    /** Thai letters only: OCR leaves Latin specks ("ey du"), drops tone marks and splits words in headers. */
    private static String headerLetters(String cell) {
        return BigramSimilarity.letters(cell).replaceAll("[a-z]", "");
    }

    /**
     * A header cell opens with its keyword: as written, after a speck or two OCR glued on ("เวประเด็น"),
     * or with one letter lost or misread when the keyword is long enough for that to stay unique.
     */
    static boolean opens(String cell, String keyword) {
        String key = key(keyword);
        int at = cell.indexOf(key);
        if (at == 0 || at > 0 && at <= 2) {
            return true;
        }
        if (key.length() < 5) {
            return false;
        }
        // the cell's opening as long as the keyword, a letter shorter (one lost) or longer (one added)
        for (int length = key.length() - 1; length <= Math.min(cell.length(), key.length() + 1); length++) {
            if (ThaiText.editDistance(cell.substring(0, length), key) <= 1) {
                return true;
            }
        }
        return false;
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
