package th.ita.ingest;

import java.time.Instant;

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
}
