package th.ita.cli;

/** An ordinary reason a command cannot do its job: printed as one line, with the exit code it carries. */
final class CommandFailure extends RuntimeException {

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
