package th.ita.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.ita.model.UnitKind;

/**
 * The header words that say what a table's rows are and which column holds what, read from
 * {@code table-vocabulary.json}: a new table layout is a change to that file, not to code. Header cells are
 * compared by their letters only (no spaces, tone marks or punctuation) and may name several things separated by
 * '/' or a line break; a keyword matches a part that opens with it, allowing for the letter OCR loses or adds in
 * keywords long enough to stay unique.
 */
final class TableVocabulary {

    private static final String RESOURCE = "/table-vocabulary.json";
    /** Keywords shorter than this (ที่, มี) must be a header part exactly: as openings they would match anything. */
    private static final int SHORTEST_OPENING = 4;
    /** A header cell longer than this is a sentence, not a column name. */
    static final int LONGEST_HEADER = 80;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KindWords(String kind, List<String> titles, List<String> evidence, List<String> requiresField,
                     String filledField) {
    }

    /** A column of the ITA measures and indicators tables, read by {@link TableColumns}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ColumnWords(String field, List<String> tables, List<String> opens, List<String> equals,
                       List<String> startsWith, List<String> contains) {
        ColumnWords {
            opens = opens == null ? List.of() : opens;
            equals = equals == null ? List.of() : equals;
            startsWith = startsWith == null ? List.of() : startsWith;
            contains = contains == null ? List.of() : contains;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(List<KindWords> kinds, Map<String, List<String>> fields, List<String> statusOptions,
                List<String> groupHeadings, List<String> tickMarks, List<String> boxMarks,
                List<ColumnWords> measureAndIndicatorColumns) {
    }

    /** A kind of row, with its vocabulary turned into letters. */
    record Kind(UnitKind unitKind, List<String> titles, List<String> evidence, Set<String> requiresField,
                String filledField) {
    }

    private final List<Kind> kinds;
    private final Map<String, List<String>> fields;
    private final List<String> statusOptions;
    private final List<String> groupHeadings;
    private final List<String> tickMarks;
    private final List<String> boxMarks;
    private final List<ColumnWords> measureAndIndicatorColumns;

    private TableVocabulary(Data data) {
        List<Kind> read = new ArrayList<>();
        for (KindWords k : data.kinds()) {
            UnitKind unitKind = UnitKind.ofKey(k.kind()).orElseThrow(() ->
                    new IllegalStateException(RESOURCE + " names an unknown unit kind: " + k.kind()));
            read.add(new Kind(unitKind, letters(k.titles()), letters(k.evidence()), Set.copyOf(k.requiresField()),
                    k.filledField() == null ? "" : k.filledField()));
        }
        this.kinds = List.copyOf(read);
        this.fields = data.fields().entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> letters(e.getValue())));
        this.statusOptions = letters(data.statusOptions());
        this.groupHeadings = letters(data.groupHeadings());
        this.tickMarks = List.copyOf(data.tickMarks());
        this.boxMarks = List.copyOf(data.boxMarks());
        this.measureAndIndicatorColumns = List.copyOf(data.measureAndIndicatorColumns());
    }

    /** The vocabulary shipped with the application. */
    static TableVocabulary load() {
        try (InputStream in = TableVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new TableVocabulary(new ObjectMapper().readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The columns of the ITA measures and indicators tables, in the order a header cell is tried against them. */
    List<ColumnWords> measureAndIndicatorColumns() {
        return measureAndIndicatorColumns;
    }

    List<Kind> kinds() {
        return kinds;
    }

    /** The first kind (in the file's order) whose title words name this header cell. */
    Optional<Kind> kindTitled(String headerCell) {
        return kinds.stream().filter(k -> names(headerCell, k.titles())).findFirst();
    }

    boolean isEvidence(Kind kind, String headerCell) {
        return names(headerCell, kind.evidence());
    }

    /** The fields ({@code responsible}, {@code budget}…) this header cell names. */
    Set<String> fieldsOf(String headerCell) {
        Set<String> named = new LinkedHashSet<>();
        fields.forEach((field, words) -> {
            if (names(headerCell, words)) {
                named.add(field);
            }
        });
        return named;
    }

    /** A column whose cells are ticks: its header is the status a ticked row has (ดำเนินการแล้ว, มี…). */
    boolean isStatusOption(String headerCell) {
        return names(headerCell, statusOptions);
    }

    /** Whether the header cell names anything the vocabulary knows: how header rows are told from data rows. */
    boolean knows(String headerCell) {
        return kindTitled(headerCell).isPresent() || !fieldsOf(headerCell).isEmpty()
                || kinds.stream().anyMatch(k -> isEvidence(k, headerCell));
    }

    /** A row text that heads a group of rows: กลยุทธ์ที่ ๑…, ด้าน…. */
    boolean isGroupHeading(String text) {
        String letters = BigramSimilarity.letters(firstLine(text));
        return groupHeadings.stream().anyMatch(key -> letters.startsWith(key));
    }

    /** A cell or line that is a ticked box (☑, ✓, or the Wingdings glyph Word exports). */
    boolean isTicked(String text) {
        String s = text.strip();
        return tickMarks.stream().anyMatch(s::startsWith);
    }

    /** A line opening with a box, ticked or not. */
    boolean opensWithBox(String line) {
        String s = line.strip();
        return isTicked(s) && !s.startsWith("/") || boxMarks.stream().anyMatch(s::startsWith);
    }

    /** The line without its box. */
    String withoutBox(String line) {
        String s = line.strip();
        return s.isEmpty() ? s : s.substring(s.offsetByCodePoints(0, 1)).strip();
    }

    private boolean names(String headerCell, List<String> keywords) {
        if (headerCell.length() > LONGEST_HEADER) {
            return false;
        }
        for (String part : headerCell.split("[/\\n]")) {
            String letters = BigramSimilarity.letters(part);
            for (String key : keywords) {
                if (key.length() < SHORTEST_OPENING ? letters.equals(key) : opens(letters, key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Letters of a header cell open with a keyword's letters: as written, after a speck or two OCR glued on, or
     * with one letter lost or misread when the keyword is long enough for that to stay unique.
     */
    static boolean opens(String cell, String key) {
        int at = cell.indexOf(key);
        if (at >= 0 && at <= 2) {
            return true;
        }
        if (key.length() < 5) {
            return false;
        }
        for (int length = key.length() - 1; length <= Math.min(cell.length(), key.length() + 1); length++) {
            if (ThaiText.editDistance(cell.substring(0, length), key) <= 1) {
                return true;
            }
        }
        return false;
    }

    private static List<String> letters(List<String> words) {
        return words.stream().map(BigramSimilarity::letters).filter(w -> !w.isEmpty()).toList();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
