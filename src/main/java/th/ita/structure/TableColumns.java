package th.ita.structure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which column of a measures or indicators table holds what, read from the header row's words so that
 * reordered or missing columns still land in the right fields. The words are data: the
 * {@code measureAndIndicatorColumns} of {@code table-vocabulary.json}.
 */
record TableColumns(Kind kind, Map<Field, Integer> columns) {

    /** The header words, shared with the reading of every other table ({@code table-vocabulary.json}). */
    private static final TableVocabulary VOCABULARY = TableVocabulary.load();

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
            for (TableVocabulary.ColumnWords column : VOCABULARY.measureAndIndicatorColumns()) {
                if (names(cell, column)) {
                    Field field = Field.valueOf(column.field());
                    if (column.tables().contains(Kind.MEASURES.name())) {
                        measures.putIfAbsent(field, i);
                    }
                    if (column.tables().contains(Kind.INDICATORS.name())) {
                        indicators.putIfAbsent(field, i);
                    }
                    break;
                }
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

    /**
     * How many cells hold a header keyword whole ("ระยะเวลา", not the "ระยะเวล" a narrow column leaves on the line
     * above its last letter), where {@link #ofHeader} also takes a keyword that lost a letter.
     */
    static int wholeKeywords(List<String> row) {
        int whole = 0;
        for (String text : row) {
            String cell = headerLetters(text);
            boolean holds = VOCABULARY.measureAndIndicatorColumns().stream()
                    .flatMap(c -> Stream.of(c.opens(), c.equals(), c.startsWith(), c.contains()).flatMap(List::stream))
                    .anyMatch(k -> !cell.isEmpty() && cell.contains(key(k)));
            whole += holds ? 1 : 0;
        }
        return whole;
    }

    private static boolean names(String cell, TableVocabulary.ColumnWords column) {
        return column.opens().stream().anyMatch(k -> opens(cell, k))
                || column.equals().stream().anyMatch(k -> cell.equals(key(k)))
                || column.startsWith().stream().anyMatch(k -> cell.startsWith(key(k)))
                || column.contains().stream().anyMatch(k -> cell.contains(key(k)));
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
        return TableVocabulary.opens(cell, key(keyword));
    }

    /**
     * These columns with each field {@code earlier} (a header of the same kind) has and these lack, at its
     * place there when no field here holds that place.
     */
    TableColumns completedBy(TableColumns earlier) {
        if (earlier.kind != kind) {
            return this;
        }
        Map<Field, Integer> completed = new EnumMap<>(columns);
        earlier.columns.forEach((field, place) -> {
            if (!completed.containsKey(field) && !completed.containsValue(place)) {
                completed.put(field, place);
            }
        });
        return new TableColumns(kind, completed);
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
