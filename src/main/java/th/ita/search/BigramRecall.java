package th.ita.search;

/**
 * How much the bigram field may add to the word match. Only the shipped {@link #SUBSTRING_THEN_SHARED} is used
 * outside measurements; the others exist so the quality test can show what each step adds.
 */
enum BigramRecall {
    /** Words only. */
    OFF,
    /** Words, or the part as a substring of the text with spaces between Thai letters ignored. */
    SUBSTRING,
    /**
     * As {@link #SUBSTRING}; when that finds fewer hits than asked for, units sharing most of a part's bigrams in
     * any order are appended below them, so a word with a letter lost, added or misread still finds its unit.
     */
    SUBSTRING_THEN_SHARED
}
