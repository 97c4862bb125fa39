package th.ita.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import th.ita.model.SourceFile;

/**
 * Finds the original file of a report in {@code archive/}. It is filed under the name it was dropped with, or under
 * a numbered variant of it when that name was taken ({@link FilingNames}); size and SHA-256 tell which is the one.
 */
public final class ArchivedFiles {

    private final Path archive;

    public ArchivedFiles(Path archive) {
        this.archive = archive;
    }

    public Optional<Path> original(SourceFile source) {
        for (String candidate : FilingNames.variants(source.fileName())) {
            Path file = archive.resolve(candidate).normalize();
            if (!file.startsWith(archive)) {
                return Optional.empty();
            }
            if (isSame(file, source)) {
                return Optional.of(file);
            }
            // numbered variants are given in order, so the first free name ends the search
            if (!Files.exists(file) && !Files.exists(file.resolveSibling(file.getFileName() + FilingNotes.ERROR_SUFFIX))
                    && !candidate.equals(source.fileName())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isSame(Path candidate, SourceFile source) {
        try {
            return Files.isRegularFile(candidate) && Files.size(candidate) == source.sizeBytes()
                    && FileIntake.sha256Of(candidate).equals(source.sha256());
        } catch (IOException e) {
            return false;
        }
    }
}
