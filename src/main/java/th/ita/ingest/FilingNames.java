package th.ita.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Chooses the name a file is filed under in archive/, failed/ or needs-ocr/. A name already taken in any of them
 * gets a numbered suffix ("report (2).pdf"), because moving a file onto an existing one would delete the earlier
 * file: the same name dropped twice must keep both.
 */
public final class FilingNames {

    private final List<Path> folders;

    public FilingNames(Path archive, Path failed, Path needsOcr) {
        this.folders = List.of(archive, failed, needsOcr);
    }

    /** {@code relativeName} itself when it is free everywhere, else the first free numbered variant. */
    public String freeName(String relativeName) {
        for (String candidate : variants(relativeName)) {
            if (isFree(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: variants never end");
    }

    /** The name itself, then "name (2).ext", "name (3).ext" and so on, without end. */
    public static Iterable<String> variants(String relativeName) {
        int slash = relativeName.lastIndexOf('/');
        int dot = relativeName.lastIndexOf('.');
        boolean hasExtension = dot > slash + 1;
        String stem = hasExtension ? relativeName.substring(0, dot) : relativeName;
        String extension = hasExtension ? relativeName.substring(dot) : "";
        return () -> java.util.stream.IntStream.iterate(1, copy -> copy + 1)
                .mapToObj(copy -> copy == 1 ? relativeName : stem + " (" + copy + ")" + extension)
                .iterator();
    }

    private boolean isFree(String relativeName) {
        for (Path folder : folders) {
            Path taken = folder.resolve(relativeName);
            if (Files.exists(taken) || Files.exists(taken.resolveSibling(taken.getFileName() + FilingNotes.ERROR_SUFFIX))) {
                return false;
            }
        }
        return true;
    }
}
