package th.ita.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The search quality set ({@code bench/queries.tsv}): one query a line, tab-separated text, filters, relevant units
 * and an optional {@code ocr} mark for queries misspelt the way OCR misreads (only the relaxed fallback finds them).
 */
public final class BenchQueries {

    private BenchQueries() {
    }

    /** Every line of the set, comments and blanks included. */
    public static List<String> lines() {
        try (InputStream in = BenchQueries.class.getResourceAsStream("/bench/queries.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query texts, in file order: the misspelt ones or the clean ones. */
    public static List<String> texts(boolean ocrMisspelt) {
        return lines().stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .filter(columns -> isOcrMisspelt(columns) == ocrMisspelt)
                .map(columns -> columns[0])
                .toList();
    }

    public static boolean isOcrMisspelt(String[] columns) {
        return columns.length > 3 && columns[3].trim().equals("ocr");
    }
}
