package th.ita.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The 77 provinces and the two-letter codes memo reference numbers start with ("พบ" is เพชรบุรี). */
final class Provinces {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(Map<String, String> prefixes) {
    }

    private static final String RESOURCE = "/province-codes.json";

    private final Map<String, String> byPrefix;

    private Provinces(Map<String, String> byPrefix) {
        this.byPrefix = Map.copyOf(byPrefix);
    }

    static Provinces load() {
        try (InputStream in = Provinces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new Provinces(new ObjectMapper().readValue(in, Data.class).prefixes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The province whose code starts a memo reference such as "พบ 32401/16". */
    Optional<String> ofReference(String reference) {
        String r = reference.strip();
        return r.length() < 2 ? Optional.empty() : Optional.ofNullable(byPrefix.get(r.substring(0, 2)));
    }

    /** The province name at the start of the text, when the text starts with one. */
    Optional<String> nameAtStart(String text) {
        return names().stream().filter(text::startsWith).max((a, b) -> a.length() - b.length());
    }

    Collection<String> names() {
        return byPrefix.values();
    }
}
