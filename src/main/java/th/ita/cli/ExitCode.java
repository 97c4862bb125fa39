package th.ita.cli;

/** What the exit status of every command means; README lists the same table. */
final class ExitCode {

    static final int OK = 0;
    /** Done, but not everything went through: a file failed or is still in the inbox, a report was skipped. */
    static final int INCOMPLETE = 1;
    /** The command line itself is wrong: an unknown option, a bad value, a missing argument. */
    static final int USAGE = 2;
    /** The home cannot be used: it holds no archive (for reading), is a file, or is read-only. */
    static final int HOME = 3;
    /** A file, folder or report named on the command line does not exist. */
    static final int NOT_FOUND = 4;
    /** Another {@code ita run} holds this home's index, or another program the port {@code ita run} would serve on. */
    static final int BUSY = 5;
    /** The setup is wrong: a bad setting, no ingest route in the routes folder. */
    static final int SETUP = 6;
    /** A bug: the message and the log say what happened; {@code --verbose} shows the stack trace. */
    static final int INTERNAL = 70;
    /** Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it. */
    static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
