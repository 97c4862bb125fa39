package th.ita.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place. Only on a terminal: redirected output gets no bar
 * and no escape codes, just the outcome lines.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final String noun;
    private final boolean shown;

    ProgressBar(PrintWriter err, int total, String noun) {
        this.err = err;
        this.total = total;
        this.noun = noun;
        this.shown = total > 1 && ConsoleOutput.isTerminal();
    }

    void show(int done) {
        if (shown) {
            int filled = done * WIDTH / total;
            err.printf("\r[%s%s] %d/%d %s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, noun);
            err.flush();
        }
    }

    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
