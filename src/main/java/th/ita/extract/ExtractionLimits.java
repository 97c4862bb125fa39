package th.ita.extract;

/**
 * Bounds that keep one file from taking the whole machine.
 *
 * @param maxFileBytes files larger than this are refused before a byte is parsed
 * @param maxTextChars text beyond this many characters is cut, with a problem recorded
 * @param maxExpandedBytes a DOCX/ODT whose parts inflate to more than this is refused as a zip bomb
 */
public record ExtractionLimits(long maxFileBytes, int maxTextChars, long maxExpandedBytes) {
    public ExtractionLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        if (maxExpandedBytes <= 0) {
            throw new IllegalArgumentException("maxExpandedBytes must be positive, was " + maxExpandedBytes);
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive, was " + maxTextChars);
        }
    }
}
