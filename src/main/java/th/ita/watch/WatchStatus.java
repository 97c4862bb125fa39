package th.ita.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import th.ita.home.HomeLayout;

/**
 * What the watched folders hold, read from a home without disturbing a run that may be writing it: the folders the
 * last run watched, how many files are indexed or failed, how many distinct reports they make, and each failure.
 *
 * @param folders  the folders the last {@code ita run} watched
 * @param indexed  files indexed in place
 * @param failed   files that could not be ingested
 * @param reports  distinct reports the indexed files make (one content in two places is one report)
 * @param failures each failed file with its reason, oldest first
 */
public record WatchStatus(List<String> folders, long indexed, long failed, long reports, List<FailedFile> failures) {

    /**
     * A watched file that could not be ingested; it is tried again when it changes.
     *
     * @param path     the file's full path
     * @param failure  reason, message and when
     */
    public record FailedFile(String path, CatalogueEntry.WatchFailure failure) {
    }

    /** The status of the watched folders of {@code home}. */
    public static WatchStatus of(HomeLayout home) throws IOException {
        Path state = home.watch();
        Path foldersFile = WatchSettings.foldersFileIn(state);
        List<String> folders = Files.isRegularFile(foldersFile)
                ? Files.readAllLines(foldersFile, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList()
                : List.of();
        Collection<CatalogueEntry> entries = WatchCatalogue.read(WatchSettings.catalogueIn(state)).values();
        long indexed = entries.stream().filter(entry -> entry.state() == CatalogueEntry.State.INDEXED).count();
        long reports = entries.stream().filter(entry -> entry.state() == CatalogueEntry.State.INDEXED)
                .map(CatalogueEntry::sha256).distinct().count();
        List<FailedFile> failures = entries.stream()
                .filter(entry -> entry.state() == CatalogueEntry.State.FAILED && entry.failure().isPresent())
                .map(entry -> new FailedFile(entry.location().fullPath(), entry.failure().get()))
                .sorted(Comparator.comparing(failed -> failed.failure().failedAt()))
                .toList();
        return new WatchStatus(folders, indexed, failures.size(), reports, failures);
    }
}
