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

    /** Numbered variants tried; a name dropped more often than this is not looked for further. */
    private static final int VARIANTS = 50;

    private final Path archive;

    public ArchivedFiles(Path archive) {
        this.archive = archive;
    }

    public Optional<Path> original(SourceFile source) {
        String name = source.fileName();
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        boolean hasExtension = dot > slash + 1;
        String stem = hasExtension ? name.substring(0, dot) : name;
        String extension = hasExtension ? name.substring(dot) : "";
        for (int copy = 1; copy <= VARIANTS; copy++) {
            Path candidate = archive.resolve(copy == 1 ? name : stem + " (" + copy + ")" + extension).normalize();
            if (!candidate.startsWith(archive)) {
                return Optional.empty();
            }
            if (copy > 1 && !Files.exists(candidate)) {
                return Optional.empty();
            }
            if (isSame(candidate, source)) {
                return Optional.of(candidate);
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
