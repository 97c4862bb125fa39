package th.ita.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.Period;
import th.ita.model.ReportTable;
import th.ita.model.TableCell;
import th.ita.model.TableRow;
import th.ita.model.Unit;
import th.ita.model.UnitSource;
import th.ita.normalize.ThaiDigits;

/**
 * Reads units from a table whose header says what its rows are: the leftmost column a kind's title words name
 * holds the units' titles (or, for a kind known by other columns, such as a risk table's โอกาส and ผลกระทบ, the
 * first column no field claims), columns the vocabulary names fill the unit's fields and every other cell stays
 * under its header. A kind that needs a field column (a measure needs a responsible, period, budget… column; a
 * checklist a status column) yields nothing without one, so a form or a list of names yields no units. A row
 * without a title or number continues the unit above (a row split by a page break); a row with neither and
 * nothing above is left in the table only.
 */
final class TableUnits {

    private static final Pattern LEADING_CODE = Pattern.compile(
            "^\\(?([0-9๐-๙]{1,2}(?:\\s?\\.\\s?[0-9๐-๙]{1,2})*)\\s*(?:[.)]\\s*|\\s+)([\\u0E01-\\u0E2EA-Za-z\\S].*)$", Pattern.DOTALL);
    private static final int EVIDENCE_NEEDED = 2;
    /** Vocabulary fields a unit has a place for; cells of other named columns stay under their headers. */
    private static final java.util.Set<String> UNIT_FIELDS =
            java.util.Set.of("code", "responsible", "period", "budget", "target", "result", "status");

    private final TableVocabulary vocabulary;

    TableUnits(TableVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What a table's header says: the kind of its rows, the title column and the field columns. */
    record Layout(TableVocabulary.Kind kind, int titleColumn, Map<String, Integer> fields, Map<Integer, String> statusColumns) {
    }

    Optional<Layout> layout(ReportTable table) {
        List<String> header = table.header();
        if (header.stream().filter(cell -> !cell.isBlank()).count() < 2) {
            return Optional.empty(); // a box of a flow chart or a framed paragraph, not a table of rows
        }
        Map<String, Integer> fields = new HashMap<>();
        Map<Integer, String> statusColumns = new HashMap<>();
        TableVocabulary.Kind kind = null;
        int titleColumn = -1;
        for (int c = 0; c < header.size(); c++) {
            String cell = header.get(c);
            Optional<TableVocabulary.Kind> titled = kind == null ? vocabulary.kindTitled(cell) : Optional.empty();
            if (titled.isPresent() && !vocabulary.fieldsOf(cell).contains("code")) {
                kind = titled.get();
                titleColumn = c;
                continue;
            }
            if (vocabulary.isStatusOption(cell)) {
                statusColumns.put(c, lastPart(cell));
            }
            for (String field : vocabulary.fieldsOf(cell)) {
                fields.putIfAbsent(field, c);
            }
        }
        Optional<TableVocabulary.Kind> byEvidence = kindByEvidence(header);
        if (byEvidence.isPresent() && byEvidence.get() != kind) {
            // a risk table's likelihood and impact columns outweigh the มาตรการควบคุม column beside them
            kind = byEvidence.get();
            titleColumn = firstFreeColumn(header, fields, kind);
        }
        if (kind == null || titleColumn < 0) {
            return Optional.empty();
        }
        if (fields.get("status") == null && !statusColumns.isEmpty()) {
            fields.put("status", statusColumns.keySet().iterator().next());
        }
        final int title = titleColumn;
        fields.values().removeIf(c -> c == title);
        if (!kind.requiresField().isEmpty() && kind.requiresField().stream().noneMatch(fields::containsKey)) {
            return Optional.empty();
        }
        return Optional.of(new Layout(kind, titleColumn, Map.copyOf(fields), Map.copyOf(statusColumns)));
    }

    private Optional<TableVocabulary.Kind> kindByEvidence(List<String> header) {
        return vocabulary.kinds().stream()
                .filter(k -> header.stream().filter(cell -> vocabulary.isEvidence(k, cell)).count() >= EVIDENCE_NEEDED)
                .findFirst();
    }

    private int firstFreeColumn(List<String> header, Map<String, Integer> fields, TableVocabulary.Kind kind) {
        for (int c = 0; c < header.size(); c++) {
            if (!fields.containsValue(c) && !vocabulary.isEvidence(kind, header.get(c)) && !header.get(c).isBlank()
                    && vocabulary.kindTitled(header.get(c)).map(k -> k == kind).orElse(true)) {
                return c;
            }
        }
        return -1;
    }

    List<Unit> read(ReportTable table) {
        Optional<Layout> layout = layout(table);
        if (layout.isEmpty()) {
            return List.of();
        }
        Layout l = layout.get();
        List<Draft> drafts = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            if (row.heading()) {
                continue;
            }
            String title = cell(row, l.titleColumn());
            String code = l.fields().containsKey("code") ? cell(row, l.fields().get("code")) : "";
            Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            boolean numbered = l.fields().containsKey("code");
            // in a numbered table a row without a number is the row above going on (Word lays a wrapped row
            // out as several, and a page break splits one)
            if (code.isEmpty() && (title.isEmpty() || numbered && last != null && !last.code.isEmpty())) {
                if (last != null && last.group.equals(row.group())) {
                    last.continueWith(row, l);
                }
                continue;
            }
            if (title.isEmpty()) {
                continue; // a numbered row left blank: a form waiting to be filled in
            }
            drafts.add(new Draft(table.number(), r, row, l, code, title));
        }
        List<Unit> units = drafts.stream().map(d -> d.build(l)).toList();
        String filled = l.kind().filledField();
        if (!filled.isEmpty() && units.stream().noneMatch(u -> has(u, filled))) {
            return List.of(); // a checklist nobody ticked is a blank form
        }
        return units;
    }

    private static boolean has(Unit unit, String field) {
        return switch (field) {
            case "status" -> unit.status().isPresent();
            case "result" -> unit.result().isPresent();
            case "responsible" -> unit.responsible().isPresent();
            default -> true;
        };
    }

    private static String cell(TableRow row, int column) {
        return column < row.cells().size() ? row.cells().get(column).text().strip() : "";
    }

    private static String lastPart(String header) {
        String[] parts = header.split(" / ");
        return parts[parts.length - 1].strip();
    }

    private final class Draft {
        final int table;
        final int row;
        final Optional<String> group;
        String code;
        String title;
        final Map<String, String> fields = new HashMap<>();
        String status = "";
        final List<TableCell> others = new ArrayList<>();

        Draft(int table, int row, TableRow first, Layout layout, String code, String title) {
            this.table = table;
            this.row = row;
            this.group = first.group();
            Matcher m = LEADING_CODE.matcher(title);
            if (code.isEmpty() && m.matches()) {
                this.code = m.group(1);
                this.title = m.group(2).strip();
            } else {
                this.code = code;
                this.title = title;
            }
            this.code = ThaiDigits.toAscii(this.code).replaceAll("[\\s()]", "").replaceAll("\\.$", "");
            take(first, layout, true);
        }

        void continueWith(TableRow next, Layout layout) {
            take(next, layout, false);
        }

        void take(TableRow row, Layout layout, boolean first) {
            for (int c = 0; c < row.cells().size(); c++) {
                TableCell cell = row.cells().get(c);
                String text = cell.text().strip();
                if (c == layout.titleColumn()) {
                    if (!first) {
                        title = join(title, text);
                    }
                } else if (layout.statusColumns().containsKey(c)) {
                    if (vocabulary.isTicked(text) || text.matches("[xX✗]")) {
                        status = layout.statusColumns().get(c);
                    } else if (!text.isEmpty()) {
                        others.add(cell);
                    }
                } else if (UNIT_FIELDS.contains(fieldAt(layout, c))) {
                    String field = fieldAt(layout, c);
                    if (!field.equals("code") && !text.isEmpty()) {
                        fields.merge(field, text, TableUnits::join);
                    }
                } else if (!text.isEmpty()) {
                    others.add(cell);
                }
            }
        }

        Unit build(Layout layout) {
            Optional<String> statusText = status.isEmpty() ? field("status") : Optional.of(status);
            Optional<Period> period = field("period").map(ThaiDates::period);
            return new Unit(layout.kind().unitKind(), code.isEmpty() ? Optional.empty() : Optional.of(code),
                    ReportBodyReader.oneLine(title), group, field("responsible"), period, field("budget"),
                    field("target"), field("result"), statusText, others, new UnitSource(table, row));
        }

        Optional<String> field(String name) {
            return Optional.ofNullable(fields.get(name)).filter(s -> !s.isBlank());
        }
    }

    private static String fieldAt(Layout layout, int column) {
        return layout.fields().entrySet().stream().filter(e -> e.getValue() == column)
                .map(Map.Entry::getKey).findFirst().orElse("");
    }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + "\n" + b;
    }
}
