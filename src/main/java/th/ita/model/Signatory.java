package th.ita.model;

/**
 * A person who signed the report: "(นางราชวี อนุกุล)" followed by the position lines.
 *
 * @param name     name without the brackets
 * @param position position lines joined by a space
 */
public record Signatory(String name, String position) {
}
