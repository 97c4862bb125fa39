package th.ita.normalize;

/**
 * How many damaged Thai sequences a text holds, by kind of damage.
 *
 * @param privateUseGlyphs Thai glyphs from the Windows (U+F700-F71A) or Mac (U+F884-F89E) Private Use Area
 * @param saraAmLostAsSpace a Thai consonant, optionally a tone mark, then a space and SARA AA ("ส านัก")
 * @param marksAfterWhitespace a Thai combining mark right after a space or line break ("ที ่")
 * @param marksOutOfOrder a tone mark right before a vowel mark on the same consonant ("ท่ี")
 * @param decomposedSaraAm NIKHAHIT and SARA AA stored apart, with or without a tone mark between them
 */
public record ThaiDamageReport(
        int privateUseGlyphs,
        int saraAmLostAsSpace,
        int marksAfterWhitespace,
        int marksOutOfOrder,
        int decomposedSaraAm) {

    /** A report with no damage, the start of a sum. */
    public static final ThaiDamageReport NONE = new ThaiDamageReport(0, 0, 0, 0, 0);

    /** All damaged sequences, whatever their kind. */
    public int total() {
        return privateUseGlyphs + saraAmLostAsSpace + marksAfterWhitespace + marksOutOfOrder + decomposedSaraAm;
    }

    /** The counts of this report and {@code other} added kind by kind, to sum over many files. */
    public ThaiDamageReport plus(ThaiDamageReport other) {
        return new ThaiDamageReport(
                privateUseGlyphs + other.privateUseGlyphs,
                saraAmLostAsSpace + other.saraAmLostAsSpace,
                marksAfterWhitespace + other.marksAfterWhitespace,
                marksOutOfOrder + other.marksOutOfOrder,
                decomposedSaraAm + other.decomposedSaraAm);
    }
}
