package th.ita.model;

import java.util.Optional;

/**
 * When a measure runs.
 *
 * @param text as written, e.g. "ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕"
 * @param from first month as yyyy-MM (Common era) when it could be read
 * @param to   last month as yyyy-MM (Common era) when it could be read
 */
public record Period(String text, Optional<String> from, Optional<String> to) {
}
