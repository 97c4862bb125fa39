package th.ita.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code ita run} takes its access token from. A command-line argument is readable by every user of the
 * machine ({@code ps}, {@code /proc/PID/cmdline}), so the token may also come from a file or the environment,
 * which only the user and root can read.
 */
final class AccessToken {

    static final String ENVIRONMENT = "ITA_HTTP_TOKEN";

    private AccessToken() {
    }

    /**
     * The first given of: the {@code --token} value, the first line of the {@code --token-file}, the environment
     * variable. Empty when none is given: then {@code ita.http.token} from the settings applies.
     */
    static Optional<String> chosen(String argument, Path file, String environment) {
        if (argument != null && file != null) {
            throw new CommandFailure(ExitCode.USAGE, "Give the token once: --token or --token-file, not both.");
        }
        if (argument != null) {
            return Optional.of(nonBlank(argument, "--token"));
        }
        if (file != null) {
            return Optional.of(nonBlank(firstLine(file), "the first line of " + file));
        }
        return Optional.ofNullable(environment).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String firstLine(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(ExitCode.NOT_FOUND, "No token file " + file + ": give --token-file a file whose"
                    + " first line is the token.");
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.NOT_FOUND, "Cannot read the token file " + file + ": " + e.getMessage());
        }
    }

    private static String nonBlank(String token, String where) {
        String value = token.strip();
        if (value.isEmpty()) {
            throw new CommandFailure(ExitCode.USAGE, "The access token in " + where + " is empty.");
        }
        return value;
    }
}
