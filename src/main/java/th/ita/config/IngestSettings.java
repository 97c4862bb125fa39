package th.ita.config;

import java.nio.file.Path;
import java.time.Duration;

import th.ita.extract.ExtractionLimits;

/**
 * The settings the pipeline's beans are built from, read from the {@code ita.*} properties.
 *
 * @param home    the folder holding inbox, archive, failed, reports and index
 * @param threads worker threads; already resolved from 0 to the number of cores
 * @param limits  file and text size limits
 * @param indexCommitInterval how often new index documents are committed and become visible to other processes
 */
public record IngestSettings(Path home, int threads, ExtractionLimits limits, Duration indexCommitInterval) {

    public Path inbox() {
        return home.resolve("inbox");
    }

    public Path archive() {
        return home.resolve("archive");
    }

    public Path failed() {
        return home.resolve("failed");
    }

    /** Scans waiting for OCR to be installed. */
    public Path needsOcr() {
        return home.resolve("needs-ocr");
    }

    public Path reports() {
        return home.resolve("reports");
    }

    public Path index() {
        return home.resolve("index");
    }

    /** Resolves {@code ita.threads = 0} to one thread per core. */
    public static int threadsOrCores(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }
}
