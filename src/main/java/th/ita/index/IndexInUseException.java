package th.ita.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (normally {@code ita run}) holds the index's write lock; only one writer may open it. */
public final class IndexInUseException extends IOException {

    public IndexInUseException(Path indexDir, Throwable cause) {
        super("The index at " + indexDir + " is open for writing by another process (is 'ita run' running?)", cause);
    }
}
