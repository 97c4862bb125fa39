package th.ita.extract;

/** Why a whole file was refused; written to its error record so a person can sort the failed folder. */
public enum RejectionReason {
    EMPTY_FILE,
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    MEDIA_TYPE_MISMATCH,
    ENCRYPTED,
    CORRUPT,
    ZIP_BOMB,
    NO_TEXT,
    UNREADABLE
}
