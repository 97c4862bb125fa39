package th.ita.ingest;

import java.time.Instant;

import th.ita.extract.RejectedFileException;

/**
 * Why a file ended in {@code failed/}: written as {@code <name>.error.json} beside it.
 *
 * @param fileName       the file's path relative to the inbox
 * @param reason         a stable code such as {@code ENCRYPTED} or {@code CORRUPT}; {@code INTERNAL_ERROR} when
 *                       the product itself failed
 * @param message        what went wrong, for a person
 * @param exceptionClass the exception that stopped processing
 * @param failedAt       when
 */
public record FailureRecord(String fileName, String reason, String message, String exceptionClass, Instant failedAt) {

    /** The record of {@code failure}: the rejection's reason when the product refused the file, else INTERNAL_ERROR. */
    public static FailureRecord of(String fileName, Throwable failure, Instant failedAt) {
        Throwable cause = meaningfulCause(failure);
        String reason = cause instanceof RejectedFileException rejected ? rejected.reason().name() : "INTERNAL_ERROR";
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FailureRecord(fileName, reason, message, cause.getClass().getName(), failedAt);
    }

    /** Whether the product refused the file (a bad file), rather than failing itself. */
    public boolean wasRefused() {
        return !reason.equals("INTERNAL_ERROR");
    }

    /** The rejection inside a wrapper if there is one, else the deepest cause: wrappers only say "on the exchange". */
    private static Throwable meaningfulCause(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RejectedFileException) {
                return t;
            }
            deepest = t;
        }
        return deepest;
    }
}
