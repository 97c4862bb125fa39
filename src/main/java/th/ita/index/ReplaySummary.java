package th.ita.index;

import java.util.List;

/**
 * What a replay from the JSON store did. A file that cannot be read is listed, not thrown: one bad JSON must not
 * keep the rest of the store out of the index.
 *
 * @param indexed  reports (re)indexed
 * @param removed  reports dropped from the index because their JSON is gone (full replays only)
 * @param unreadable files that could not be read, each with the reason
 */
public record ReplaySummary(int indexed, int removed, List<String> unreadable) {
}
