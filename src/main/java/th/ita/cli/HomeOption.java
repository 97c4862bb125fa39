package th.ita.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --home} option every command shares: the folder that holds inbox, archive, reports and index. */
public final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Home folder with inbox/, archive/, failed/, reports/, index/ (default: $ITA_HOME or ./data).")
    private Path home;

    public Path home() {
        if (home != null) {
            return home.toAbsolutePath().normalize();
        }
        String fromEnvironment = System.getenv("ITA_HOME");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "data" : fromEnvironment)
                .toAbsolutePath().normalize();
    }
}
