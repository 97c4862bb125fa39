package th.ita.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import th.ita.home.HomeLayout;
import th.ita.home.ReportStore;

/** {@code ita show ID|FILE}: prints a report's normalized JSON as stored. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print a report's normalized JSON.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "ID|FILE", description = "Report id, a unique prefix of it (search shows 12 characters),"
            + " or the file name it was ingested under (as search and ingest show it).")
    private String id;

    @Override
    public Integer call() throws IOException {
        HomeLayout layout = home.archiveToRead();
        ReportStore store = layout.reportStore();
        List<String> candidates = store.idsStartingWith(id);
        if (candidates.isEmpty()) {
            candidates = ReportsByFileName.idsOf(store, id.strip());
        }
        if (candidates.isEmpty()) {
            throw new CommandFailure(ExitCode.NOT_FOUND, "No report has the id or file name '" + id + "' in "
                    + layout.reports() + "; 'ita search' shows ids and file names.");
        }
        if (candidates.size() > 1) {
            StringBuilder message = new StringBuilder("'" + id + "' matches " + candidates.size()
                    + " reports; give more of the id:");
            candidates.stream().limit(20).forEach(candidate -> message.append(System.lineSeparator()).append("  ")
                    .append(candidate).append("  ").append(store.storedFileName(candidate).orElse("")));
            throw new CommandFailure(ExitCode.USAGE, message.toString());
        }
        ConsoleOutput.stdout().println(Files.readString(store.pathOf(candidates.get(0))).stripTrailing());
        return ExitCode.OK;
    }
}
