package th.ita.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Standard output as UTF-8 whatever the locale says, so Thai survives a C or POSIX locale and a pipe. */
final class ConsoleOutput {

    private ConsoleOutput() {
    }

    static PrintWriter stdout() {
        return writer(System.out);
    }

    static PrintWriter stderr() {
        return writer(System.err);
    }

    /**
     * Whether a person is watching: Java cannot ask about standard error alone, so this asks about the console
     * (standard input and output both a terminal); {@code TERM=dumb} counts as no terminal.
     */
    static boolean isTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }
}
