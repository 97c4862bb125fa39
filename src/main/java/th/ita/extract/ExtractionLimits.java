package th.ita.extract;

/**
 * Bounds that keep one file from taking the whole machine.
 *
 * @param maxFileBytes files larger than this are refused before a byte is parsed
 * @param maxTextChars text beyond this many characters is cut, with a problem recorded
 */
public record ExtractionLimits(long maxFileBytes, int maxTextChars) {
    public ExtractionLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive, was " + maxTextChars);
        }
    }
}
