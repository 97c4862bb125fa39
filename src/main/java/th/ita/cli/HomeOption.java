package th.ita.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import th.ita.home.HomeLayout;

/** The {@code --home} option every command shares: the folder that holds inbox, archive, reports and index. */
public final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Home folder with inbox/, archive/, failed/, reports/, index/ (default: $ITA_HOME or ./data).")
    private Path home;

    public Path home() {
        return layout().root();
    }

    public HomeLayout layout() {
        if (home != null) {
            return HomeLayout.at(home);
        }
        String fromEnvironment = System.getenv("ITA_HOME");
        return HomeLayout.at(Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "data" : fromEnvironment));
    }

    /**
     * The home for a command that only reads it. Reading never creates anything: a home without an archive is
     * an error, not an empty result, so a command run from the wrong folder does not quietly answer "0 matches".
     */
    public HomeLayout archiveToRead() {
        HomeLayout layout = layout();
        if (Files.exists(layout.root()) && !Files.isDirectory(layout.root())) {
            throw new CommandFailure(ExitCode.HOME, layout.root() + " is a file, not a home folder; give --home the"
                    + " folder you ingested into");
        }
        if (!layout.holdsArchive()) {
            throw new CommandFailure(ExitCode.HOME, "No archive in " + layout.root() + ": nothing was ingested there."
                    + " Give --home (or set ITA_HOME) to the folder you ingested into, or start one with 'ita ingest FILE'.");
        }
        return layout;
    }
}
