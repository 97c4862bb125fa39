package th.ita.structure;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes the specks OCR reads from dirt and border remnants in table cells: dots, colons, quotes and bars
 * standing alone (" .", ". :") or glued before a word (":กองคลัง", ".- สำนักปลัด"). A dash alone is kept: it
 * marks a list item.
 */
final class OcrSpecks {

    private static final String SPECK = "[.:;,'\"|`]";
    private static final Pattern ALONE = Pattern.compile("(?<=^|\\s)" + SPECK + "+(?=\\s|$)");
    private static final Pattern BEFORE_WORD = Pattern.compile("(?<=^|\\s)" + SPECK + "+(?=[-\\u0E01-\\u0E2E\\u0E40-\\u0E44])");

    private OcrSpecks() {
    }

    static String without(String cell) {
        return Arrays.stream(cell.split("\n", -1))
                .map(line -> BEFORE_WORD.matcher(ALONE.matcher(line).replaceAll("")).replaceAll(""))
                .map(line -> line.replaceAll("[ \\t]{2,}", " ").strip())
                .collect(Collectors.joining("\n"));
    }
}
