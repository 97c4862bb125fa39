package th.ita.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import th.ita.home.HomeLayout;
import th.ita.model.ReportJson;
import th.ita.watch.WatchStatus;

/** {@code ita status}: the watched folders, their files by state, and the files that failed, with reasons. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the watched folders, how many of their files are indexed or failed, and why each failed.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    private HomeOption home;

    @Option(names = "--json", description = "Print the status as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        HomeLayout layout = home.archiveToRead();
        WatchStatus status = WatchStatus.of(layout);
        PrintWriter out = ConsoleOutput.stdout();
        if (json) {
            out.println(ReportJson.mapper().writeValueAsString(status));
            out.flush();
            return 0;
        }
        out.printf("home     %s%n", layout.root());
        // reports from the inbox and from watched folders alike, so a home without watched folders is not "0"
        out.printf("archive  %d reports in %s%n", layout.reportStore().files().size(), layout.reports());
        if (status.folders().isEmpty()) {
            out.println("watched  (none; set ita.watch or run with --watch DIR)");
        } else {
            status.folders().forEach(folder -> out.printf("watched  %s%n", folder));
            out.printf("files    %d indexed (%d reports), %d failed%n", status.indexed(), status.reports(),
                    status.failed());
        }
        for (WatchStatus.FailedFile failed : status.failures()) {
            out.printf("failed   %s  %s: %s  (%s)%n", failed.path(), failed.failure().reason(),
                    failed.failure().message(), failed.failure().failedAt());
        }
        out.flush();
        return 0;
    }
}
