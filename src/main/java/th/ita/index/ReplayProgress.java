package th.ita.index;

/**
 * How far a replay from the JSON store has got.
 *
 * @param done  files read so far
 * @param total files to read
 */
public record ReplayProgress(int done, int total) {
}
