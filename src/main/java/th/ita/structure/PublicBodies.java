package th.ita.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Names of Thai public bodies in text: a kind as written ("องค์การบริหารส่วนตำบล", "รพ.", "วิทยาลัย"), then the
 * body's own name up to the next word that cannot belong to it. The kinds and those words are data
 * ({@code public-bodies.json}). Spelling damage that PDF export does to the kind words (a lost SARA AM, a
 * split SARA U) is tolerated, and the kind is always recorded in its right spelling.
 */
final class PublicBodies {

    /** One body named in the text. */
    record Mention(String kind, String fullKind, boolean generic, String name, int start, int end) {
        /** The body as a document would name it in full, e.g. "องค์การบริหารส่วนตำบลไทรย้อย". */
        String fullName() {
            return fullKind + name;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kind(String kind, List<String> written, boolean generic) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(List<Kind> kinds, List<String> nameEnds, List<String> notNameStarts) {
    }

    private static final String RESOURCE = "/public-bodies.json";
    private static final int MIN_NAME_LETTERS = 2;
    private static final int MAX_NAME_CHARS = 40;

    private final Data data;
    private final Pattern mention;
    private final Map<String, Kind> kindByWritten = new LinkedHashMap<>();
    private final Map<String, String> skeletonToWritten = new LinkedHashMap<>();
    private final List<String> notNameStarts = new ArrayList<>();

    private PublicBodies(Data data) {
        this.data = data;
        List<String> written = new ArrayList<>();
        for (Kind kind : data.kinds()) {
            for (String w : kind.written()) {
                kindByWritten.put(w, kind);
                skeletonToWritten.put(ThaiText.skeleton(w), w);
                written.add(w);
            }
        }
        notNameStarts.addAll(data.notNameStarts());
        notNameStarts.addAll(written);
        // longest first, so เทศบาลตำบล is never read as a bare เทศบาล and รพ.สต. never as รพ.
        written.sort(Comparator.comparingInt(String::length).reversed());
        String kinds = String.join("|", written.stream().map(PublicBodies::damageTolerant).toList());
        this.mention = Pattern.compile("(" + kinds + ")\\s?([\\u0E01-\\u0E4E]+)");
    }

    static PublicBodies load() {
        try (InputStream in = PublicBodies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new PublicBodies(new ObjectMapper().readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Every body named in the text, in order; phrases that only start with a body's word are left out. */
    List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = mention.matcher(text);
        while (m.find()) {
            Kind kind = kindOf(m.group(1));
            nameOf(m.group(2)).ifPresent(name -> found.add(new Mention(kind.kind(), kind.written().get(0),
                    kind.generic(), name, m.start(), m.end())));
        }
        return found;
    }

    /** The first body named at the very start of the text (after spaces). */
    Optional<Mention> atStart(String text) {
        String stripped = text.stripLeading();
        int offset = text.length() - stripped.length();
        return mentions(stripped).stream().filter(m -> m.start() == 0)
                .map(m -> new Mention(m.kind(), m.fullKind(), m.generic(), m.name(), m.start() + offset, m.end() + offset))
                .findFirst();
    }

    private Kind kindOf(String written) {
        Kind kind = kindByWritten.get(written);
        if (kind != null) {
            return kind;
        }
        String canonical = skeletonToWritten.get(ThaiText.skeleton(written));
        return kindByWritten.get(canonical);
    }

    /** A body's or place's own name: the tail cut before the first word that cannot be part of it. */
    Optional<String> nameOf(String tail) {
        String name = tail.length() > MAX_NAME_CHARS ? tail.substring(0, MAX_NAME_CHARS) : tail;
        // "โรงเรียน วิทยาลัย หรือ…" lists kinds of body; a name never starts with another kind
        for (String start : notNameStarts) {
            if (name.startsWith(start)) {
                return Optional.empty();
            }
        }
        int cut = name.length();
        for (String end : data.nameEnds()) {
            int at = name.indexOf(end, MIN_NAME_LETTERS);
            if (at >= MIN_NAME_LETTERS && at < cut) {
                cut = at;
            }
        }
        name = MarkOrder.repaired(name.substring(0, cut));
        return ThaiText.skeleton(name).length() < MIN_NAME_LETTERS ? Optional.empty() : Optional.of(name);
    }

    /**
     * A kind word as a pattern that also matches the spellings PDF export leaves: SARA AM written as SARA AA or
     * lost to a space ("ส านักงาน"), and a space inside the word where a vowel mark was split off.
     */
    private static String damageTolerant(String written) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '\u0E33') {
                pattern.append("(?:\u0E33|\u0E4D?\u0E32| \u0E32)");
            } else if (c == '.') {
                pattern.append("\\.\\s?");
            } else if (isBelowOrAboveVowel(c)) {
                pattern.append("(?:").append(c).append("|\\s)?");
            } else {
                pattern.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return pattern.toString();
    }

    private static boolean isBelowOrAboveVowel(char c) {
        return c == '\u0E38' || c == '\u0E39';
    }
}
