package th.ita.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import th.ita.extract.ExtractionLimits;
import th.ita.extract.ocr.OcrSettings;
import th.ita.home.HomeLayout;

/**
 * Every {@code ita.*} setting the pipeline uses, read and checked once at start. Every key has a default in the
 * bundled application.properties; a key that is missing, empty or out of range stops the start with one message
 * naming each bad key, its value and what is allowed, instead of failing later or silently falling back.
 *
 * @param home                the home folder
 * @param threads             worker threads; already resolved from 0 to the number of cores
 * @param limits              file and text size limits
 * @param indexCommitInterval how often new index documents are committed and become visible to other processes
 * @param ocr                 how scans are read
 */
public record Settings(HomeLayout home, int threads, ExtractionLimits limits, Duration indexCommitInterval,
                       OcrSettings ocr) {

    /**
     * Reads and checks every setting.
     *
     * @param lookup a key's value, or empty when it is not set anywhere
     * @throws InvalidSettingsException naming every bad key at once
     */
    public static Settings read(Function<String, Optional<String>> lookup) {
        Reader in = new Reader(lookup);
        Path home = Path.of(in.text("ita.home"));
        int threads = threadsOrCores(in.whole("ita.threads", 0, 256));
        long maxFileMb = in.whole("ita.max-file-size-mb", 1, 1_000_000);
        int maxTextChars = in.whole("ita.max-text-chars", 1000, Integer.MAX_VALUE);
        long maxExpandedMb = in.whole("ita.max-expanded-mb", 1, 1_000_000);
        Duration commit = Duration.ofMillis(in.whole("ita.index.commit-interval-ms", 10, 3_600_000));
        boolean ocrEnabled = in.bool("ita.ocr.enabled");
        String tesseract = in.text("ita.ocr.tesseract-path");
        String language = in.text("ita.ocr.language");
        int pageSegMode = in.whole("ita.ocr.page-seg-mode", 0, 13);
        int dpi = in.whole("ita.ocr.dpi", 50, 600);
        int pageTimeout = in.whole("ita.ocr.page-timeout-seconds", 1, 86_400);
        int parallelPages = threadsOrCores(in.whole("ita.ocr.parallel-pages", 0, 256));
        if (!in.errors.isEmpty()) {
            throw new InvalidSettingsException(in.errors);
        }
        return new Settings(HomeLayout.at(home), threads,
                new ExtractionLimits(maxFileMb * 1024 * 1024, maxTextChars, maxExpandedMb * 1024 * 1024), commit,
                new OcrSettings(ocrEnabled, tesseract, language, pageSegMode, dpi, Duration.ofSeconds(pageTimeout),
                        parallelPages));
    }

    /** Resolves a thread count of 0 to one thread per core. */
    public static int threadsOrCores(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    /** Reads values, collecting every problem instead of stopping at the first (the web's keys are read the same way). */
    static final class Reader {

        private final Function<String, Optional<String>> lookup;
        final List<String> errors = new ArrayList<>();

        Reader(Function<String, Optional<String>> lookup) {
            this.lookup = lookup;
        }

        String text(String key) {
            Optional<String> value = lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                errors.add(key + " is not set");
                return "";
            }
            return value.get();
        }

        int whole(String key, int min, int max) {
            String value = text(key);
            if (value.isEmpty()) {
                return min;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // reported below with the allowed range
            }
            errors.add("%s = '%s' must be a whole number from %d to %d".formatted(key, value, min, max));
            return min;
        }

        boolean bool(String key) {
            String value = text(key).toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false") && !value.isEmpty()) {
                errors.add("%s = '%s' must be true or false".formatted(key, value));
            }
            return value.equals("true");
        }
    }
}
