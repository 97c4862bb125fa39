package th.ita.extract;

/**
 * A whole file cannot be turned into a report: empty, too large, encrypted, corrupt, of a type the product does
 * not read. The route lets this reach its error handler, which moves the file to {@code failed/} beside an error
 * record; problems inside a readable file are recorded on the report instead.
 */
public class RejectedFileException extends RuntimeException {

    private final RejectionReason reason;

    public RejectedFileException(RejectionReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectedFileException(RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
