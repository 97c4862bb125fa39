package th.ita.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.config.InvalidSettingsException;
import th.ita.home.UnusableHomeException;
import th.ita.index.IndexInUseException;

/**
 * Turns whatever stopped a command into one line for a person and an exit code. Known causes are looked for
 * anywhere in the chain, because Camel wraps what the pipeline's beans throw; the stack trace goes to the log,
 * and to the console only with {@code --verbose}.
 */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    static int report(Throwable failure, boolean verbose, Path logFile, PrintWriter err) {
        Failure known = describe(failure, logFile);
        if (known.code() == ExitCode.INTERNAL) {
            LOG.error("Command failed", failure);
        }
        err.println(known.message());
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return known.code();
    }

    record Failure(int code, String message) {
    }

    static Failure describe(Throwable failure, Path logFile) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof picocli.CommandLine.ParameterException usage) {
                return new Failure(ExitCode.USAGE, usage.getMessage() + ". See 'ita "
                        + usage.getCommandLine().getCommandName() + " --help'.");
            }
            if (t instanceof CommandFailure command) {
                return new Failure(command.exitCode(), command.getMessage());
            }
            if (t instanceof UnusableHomeException home) {
                return new Failure(ExitCode.HOME, home.getMessage());
            }
            if (t instanceof IndexInUseException) {
                return new Failure(ExitCode.BUSY, "Another 'ita run' is using this home (its index is locked). Stop it"
                        + " first, or give the files to it with 'ita ingest', which hands them over.");
            }
            if (t instanceof InvalidSettingsException settings) {
                return new Failure(ExitCode.SETUP, settings.getMessage());
            }
            if (t instanceof NoSuchFileException missing) {
                return new Failure(ExitCode.NOT_FOUND, "No such file or folder: " + missing.getFile());
            }
            if (t instanceof AccessDeniedException denied) {
                return new Failure(ExitCode.HOME, "Permission denied: " + denied.getFile()
                        + "; give --home a folder you can write to");
            }
            if (t == t.getCause()) {
                break;
            }
        }
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return new Failure(ExitCode.INTERNAL, "Unexpected error: " + deepest.getClass().getSimpleName()
                + (deepest.getMessage() == null ? "" : ": " + deepest.getMessage())
                + ". Run again with --verbose for details" + (logFile == null ? "" : "; the log is " + logFile) + ".");
    }
}
