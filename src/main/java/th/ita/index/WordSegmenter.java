package th.ita.index;

/**
 * Which dictionary splits Thai runs into words. Both were measured on the search quality set (see
 * {@code docs/search.md}); ICU is the default because it keeps "พ.ศ.2565", "อบต.หนองโสน" and O-codes whole.
 */
public enum WordSegmenter {
    /** ICUTokenizer: ICU's dictionary break iterator, also handles Latin and digits by UAX#29. */
    ICU,
    /** Lucene's ThaiTokenizer: the JDK's Thai BreakIterator, as used by ThaiAnalyzer (here without its stop words). */
    JDK_THAI
}
