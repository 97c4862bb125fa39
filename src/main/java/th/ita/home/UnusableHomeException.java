package th.ita.home;

/** The home folder cannot hold an archive: it is a file, read-only, or holds no archive where one is needed. */
public final class UnusableHomeException extends RuntimeException {

    public UnusableHomeException(String message) {
        super(message);
    }
}
