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

    static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }
}
