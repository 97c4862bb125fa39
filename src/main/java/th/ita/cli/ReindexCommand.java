package th.ita.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import th.ita.home.HomeLayout;
import th.ita.index.ReplaySummary;
import th.ita.index.ReportIndexer;

/** {@code ita reindex}: rebuilds the index from the JSON store; the old index stays searchable meanwhile. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from <home>/reports/*.json, with progress.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Override
    public Integer call() throws Exception {
        HomeLayout layout = home.archiveToRead();
        Path reports = layout.reports();
        PrintWriter err = ConsoleOutput.stderr();
        ReplaySummary summary;
        try (ReportIndexer indexer = ReportIndexer.open(layout.index())) {
            summary = indexer.replayFrom(reports, progress -> {
                if (progress.done() % 100 == 0 || progress.done() == progress.total()) {
                    new ProgressBar(err, progress.total(), "reports").show(progress.done());
                }
            });
            new ProgressBar(err, 2, "reports").clear();
        }
        ConsoleOutput.stdout().printf("Indexed %d reports from %s, removed %d gone from the store, %d unreadable%n",
                summary.indexed(), reports, summary.removed(), summary.unreadable().size());
        summary.unreadable().forEach(line -> err.println("unreadable: " + line));
        return summary.unreadable().isEmpty() ? 0 : 1;
    }
}
