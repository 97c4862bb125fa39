package th.ita.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ita show ID}: prints a report's normalized JSON as stored. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print a report's normalized JSON.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "ID", description = "Report id, or a unique prefix of it (search shows 12 characters).")
    private String id;

    @Override
    public Integer call() throws IOException {
        Path reports = home.home().resolve("reports");
        List<Path> candidates = matching(reports, id.strip().toLowerCase(java.util.Locale.ROOT));
        if (candidates.size() != 1) {
            ConsoleOutput.stderr().printf("%s report matches '%s' in %s%n",
                    candidates.isEmpty() ? "No" : "More than one", id, reports);
            return 1;
        }
        ConsoleOutput.stdout().println(Files.readString(candidates.get(0)).stripTrailing());
        return 0;
    }

    private static List<Path> matching(Path reports, String prefix) throws IOException {
        Path exact = reports.resolve(prefix + ".json");
        if (Files.isRegularFile(exact)) {
            return List.of(exact);
        }
        if (!Files.isDirectory(reports) || prefix.isEmpty() || prefix.contains("/")) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                    && file.getFileName().toString().endsWith(".json")).limit(2).toList();
        }
    }
}
