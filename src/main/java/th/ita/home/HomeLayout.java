package th.ita.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folders of one home, named in one place. Everything that reads or writes a home (the pipeline, the command
 * line, the web) asks this class for its paths instead of building them from strings.
 *
 * <pre>
 * inbox/      files waiting to be ingested (watched)
 * archive/    ingested originals, under the name they were dropped with
 * failed/     files that could not be ingested, each beside a .error.json
 * needs-ocr/  scans waiting for OCR to be installed
 * stopped/    files whose OCR a stop interrupted; moved back into the inbox on the next start
 * reports/    one normalized JSON per report: the archive's memory; the index is rebuilt from it
 * index/      the Lucene index
 * logs/       the rotated log files
 * application.properties   this home's own settings (optional)
 * </pre>
 *
 * @param root the home folder, absolute and normalized
 */
public record HomeLayout(Path root) {

    public HomeLayout {
        root = root.toAbsolutePath().normalize();
    }

    public static HomeLayout at(Path root) {
        return new HomeLayout(root);
    }

    public Path inbox() {
        return root.resolve("inbox");
    }

    public Path archive() {
        return root.resolve("archive");
    }

    public Path failed() {
        return root.resolve("failed");
    }

    public Path needsOcr() {
        return root.resolve("needs-ocr");
    }

    /** Files whose OCR was interrupted by a stop; they go back into the inbox on the next start. */
    public Path stopped() {
        return root.resolve("stopped");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** The home's own settings, which win over the defaults. */
    public Path settingsFile() {
        return root.resolve("application.properties");
    }

    public ReportStore reportStore() {
        return new ReportStore(reports());
    }

    /** Whether anything was ever ingested here: read commands on a home without an archive say so. */
    public boolean holdsArchive() {
        return Files.isDirectory(reports()) || Files.isDirectory(index());
    }

    /**
     * Creates the folders a pipeline writes into.
     *
     * @throws UnusableHomeException when the home is a file or cannot be written
     */
    public void createFolders() {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new UnusableHomeException(root + " is a file, not a folder; give --home a folder");
        }
        for (Path folder : List.of(inbox(), archive(), failed(), needsOcr(), reports(), logs())) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UnusableHomeException("Cannot create " + folder + " (" + e.getClass().getSimpleName()
                        + "); give --home a folder you can write to");
            }
            if (!Files.isWritable(folder)) {
                throw new UnusableHomeException(folder + " is read-only; give --home a folder you can write to");
            }
        }
    }
}
