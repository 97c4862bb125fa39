package th.ita.cli;

import java.nio.file.Path;
import java.util.List;

import th.ita.home.ReportStore;

/** Finds reports by the file name they were ingested under: the whole relative name, or just its last part. */
final class ReportsByFileName {

    private ReportsByFileName() {
    }

    static List<String> idsOf(ReportStore store, String fileName) {
        return store.files().stream()
                .map(ReportStore::idOf)
                .filter(id -> store.storedFileName(id).filter(stored -> stored.equals(fileName)
                        || Path.of(stored).getFileName().toString().equals(fileName)).isPresent())
                .toList();
    }
}
