package th.ita.watch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How watched folders are followed, from the {@code ita.watch.*} properties.
 *
 * @param folders      the watched folders, absolute; empty when none is watched
 * @param state        the home's folder for the catalogue ({@code <home>/watch})
 * @param settleMillis a file changed more recently than this is left for the next scan
 * @param rescanMillis a full scan runs at least this often, even without file events
 * @param batchSize    changes applied per scan at most
 */
public record WatchSettings(List<Path> folders, Path state, long settleMillis, long rescanMillis, int batchSize) {

    public WatchSettings {
        folders = List.copyOf(folders);
        if (batchSize < 1) {
            throw new IllegalArgumentException("ita.watch.batch-size must be at least 1, was " + batchSize);
        }
    }

    /** The catalogue's file. */
    public Path catalogue() {
        return catalogueIn(state);
    }

    /** The file where a run writes which folders it watches, for {@code ita status}. */
    public Path foldersFile() {
        return foldersFileIn(state);
    }

    static Path catalogueIn(Path state) {
        return state.resolve("catalogue.jsonl");
    }

    static Path foldersFileIn(Path state) {
        return state.resolve("folders.txt");
    }

    /** The folders of {@code ita.watch}: a comma-separated list, relative paths resolved against the working directory. */
    public static List<Path> parseFolders(String setting) {
        return Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder).toAbsolutePath().normalize())
                .distinct()
                .toList();
    }
}
