package th.ita.structure.golden;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares a report's JSON with a hand-checked expected JSON field by field. Every leaf of the expected
 * JSON is one field, and so is the length of every expected list (an extra or missing measure counts).
 * Strings are compared without whitespace: line wrapping in DOCX and PDF loses or adds spaces between Thai
 * words that the text export has, and Thai does not need them to mean the same.
 */
public final class FieldComparison {

    /** One field that did not match. */
    public record Miss(String path, String expected, String actual) {
    }

    /** Fields right out of fields expected, and what missed. */
    public record Result(int right, int expected, List<Miss> misses) {
        public String ratio() {
            return right + "/" + expected;
        }
    }

    private FieldComparison() {
    }

    public static Result compare(JsonNode expected, JsonNode actual) {
        List<Miss> misses = new ArrayList<>();
        int[] counts = new int[2];
        walk("", expected, actual, counts, misses);
        return new Result(counts[0], counts[1], List.copyOf(misses));
    }

    private static void walk(String path, JsonNode expected, JsonNode actual, int[] counts, List<Miss> misses) {
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode a = actual == null ? null : actual.get(f.getKey());
                walk(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), a, counts, misses);
            }
        } else if (expected.isArray()) {
            int actualSize = actual != null && actual.isArray() ? actual.size() : 0;
            check(path + ".length", expected.size() == actualSize, String.valueOf(expected.size()),
                    String.valueOf(actualSize), counts, misses);
            for (int i = 0; i < expected.size(); i++) {
                JsonNode a = actual != null && actual.isArray() && i < actual.size() ? actual.get(i) : null;
                walk(path + "[" + i + "]", expected.get(i), a, counts, misses);
            }
        } else {
            boolean same = actual != null && !actual.isNull() && (expected.isNumber()
                    ? actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    : squeeze(expected.asText()).equals(squeeze(actual.asText())));
            check(path, same, expected.asText(), actual == null ? "(absent)" : actual.asText(), counts, misses);
        }
    }

    private static void check(String path, boolean same, String expected, String actual, int[] counts, List<Miss> misses) {
        counts[1]++;
        if (same) {
            counts[0]++;
        } else {
            misses.add(new Miss(path, expected, actual));
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
