package th.ita.structure;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import th.ita.model.Memo;
import th.ita.model.Organization;
import th.ita.structure.PublicBodies.Mention;

/**
 * Finds who wrote the document, most trusted first: the memo's ส่วนราชการ; a labelled field (ชื่อหน่วยงาน,
 * ชื่อสถานศึกษา, หน่วยงานเจ้าของโครงการ); the heading of an announcement or order (ประกาศ…, คำสั่ง…); else the
 * body the text names most often (a college named on every page). Generic kinds (กรม…, สำนักงาน…) are only
 * taken from heading lines. Rather none than wrong: a phrase that merely starts with a body's word
 * ("โรงพยาบาลทุกแห่ง…") names no body. The province comes from "จังหวัด…" in the text, else the memo
 * reference's prefix; the district from the body's own name (สาธารณสุขอำเภอ…) or "อำเภอ…".
 */
final class OrganizationReader {

    private static final String THAI_WORD = "[\\u0E01-\\u0E4E]+";
    private static final Pattern LABEL = Pattern.compile(
            "(?:ชื่อหน่วยงาน|ชื่อสถานศึกษา|หน่วยงานเจ้าของโครงการ|ส่วนราชการ|หน่วยงาน)\\s*[:.…]*\\s*");
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:ประกาศ|คำสั่ง|คำสั่ง)?\\s*");
    private static final int HEADING_LINES = 12;
    // "องค์การบริหารส่วนจังหวัด…" names a body, not the province it sits in
    private static final Pattern PROVINCE = Pattern.compile("(?<!ส่วน)จังหวัด[\\s.…]*(" + THAI_WORD + ")");
    // "อำเภอเด่นชัย จังหวัดแพร่" names a district for certain; a bare "อำเภอ" followed by a space is often a
    // common noun ("แผนพัฒนาอำเภอ แผนพัฒนาตำบล"), so only "อำเภอ" run on into its name counts otherwise
    private static final Pattern DISTRICT_OF_PROVINCE = Pattern.compile(
            "(?<!สาธารณสุข|ว่าการ)อำเภอ\\s?(" + THAI_WORD + ")\\s?จังหวัด");
    private static final Pattern DISTRICT = Pattern.compile("(?<!สาธารณสุข|ว่าการ)อำเภอ(" + THAI_WORD + ")");
    private static final List<String> DISTRICT_KINDS = List.of("สำนักงานสาธารณสุขอำเภอ", "ที่ว่าการอำเภอ");

    private final Provinces provinces;
    private final PublicBodies bodies;

    OrganizationReader(Provinces provinces) {
        this(provinces, PublicBodies.load());
    }

    OrganizationReader(Provinces provinces, PublicBodies bodies) {
        this.provinces = provinces;
        this.bodies = bodies;
    }

    Optional<Organization> read(String text, Optional<Memo> memo) {
        List<Mention> all = bodies.mentions(text);
        Optional<Mention> found = memo.flatMap(Memo::department).flatMap(this::firstSpecific)
                .or(() -> labelled(text))
                .or(() -> heading(text))
                .or(() -> mostNamed(all))
                .or(() -> headingGeneric(text));
        return found.map(body -> organization(body, all, text, memo));
    }

    private Organization organization(Mention body, List<Mention> all, String text, Optional<Memo> memo) {
        String name = preferredSpelling(runOn(body, all, text), all);
        Optional<String> province = province(text)
                .or(() -> memo.flatMap(Memo::reference).flatMap(provinces::ofReference))
                .or(() -> "อบจ.".equals(body.kind()) ? provinces.nameAtStart(body.name()) : Optional.empty());
        Optional<String> district = DISTRICT_KINDS.contains(body.kind()) ? Optional.of(body.name())
                : first(DISTRICT_OF_PROVINCE, text).flatMap(bodies::nameOf).or(() -> mostNamedDistrict(text));
        return new Organization(name, Optional.of(body.kind()), district, province);
    }

    /** The district the text names most often as "อำเภอ…", ties to the first. */
    private Optional<String> mostNamedDistrict(String text) {
        Map<String, Long> named = new LinkedHashMap<>();
        Matcher m = DISTRICT.matcher(text);
        while (m.find()) {
            bodies.nameOf(m.group(1)).ifPresent(name -> named.merge(name, 1L, Long::sum));
        }
        return named.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private Optional<Mention> firstSpecific(String line) {
        return bodies.mentions(line).stream().filter(m -> !m.generic()).findFirst();
    }

    private Optional<Mention> labelled(String text) {
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 120)).replaceFirst("^[.…\\s]+", "");
            Optional<Mention> body = bodies.atStart(after).filter(b -> !b.generic());
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    /** A body named at the start of one of the first lines: "ประกาศองค์การบริหารส่วนตำบล…", "คำสั่งสำนักงาน…". */
    private Optional<Mention> heading(String text) {
        return headingMentions(text).filter(m -> !m.generic()).findFirst();
    }

    private Optional<Mention> headingGeneric(String text) {
        return headingMentions(text).findFirst();
    }

    private Stream<Mention> headingMentions(String text) {
        return text.lines().filter(l -> !l.isBlank()).limit(HEADING_LINES)
                .map(l -> HEADING.matcher(l).replaceFirst(""))
                .map(bodies::atStart).flatMap(Optional::stream);
    }

    /** The specific body the text names most often; ties go to the one named first. */
    private static Optional<Mention> mostNamed(List<Mention> all) {
        Map<String, List<Mention>> byBody = all.stream().filter(m -> !m.generic())
                .collect(Collectors.groupingBy(OrganizationReader::identity, LinkedHashMap::new, Collectors.toList()));
        return byBody.values().stream().max(Comparator.comparingInt(List::size)).map(list -> list.get(0));
    }

    /**
     * The spelling a document uses most for this body, full kind preferred over its abbreviation, so
     * "อบต.ไทรย้อย" in one place and "องค์การบริหารส่วนตำบลไทรย้อย" in another give the full name.
     */
    private static String preferredSpelling(Mention body, List<Mention> all) {
        String key = identity(body);
        Map<String, Long> spellings = all.stream().filter(m -> identity(m).equals(key))
                .collect(Collectors.groupingBy(Mention::name, LinkedHashMap::new, Collectors.counting()));
        String name = spellings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(body.name());
        return body.fullKind() + name;
    }

    /**
     * The body under a longer name the text also writes, when that name is this one run on with the word written
     * after it here ("…วังมะปราง เหนือ" in a heading, "…วังมะปรางเหนือ" in the body): OCR and line wrapping put
     * spaces inside names, and a name is cut at a space.
     */
    private static Mention runOn(Mention body, List<Mention> all, String text) {
        for (Mention longer : all) {
            if (!longer.kind().equals(body.kind()) || longer.generic() || !longer.name().startsWith(body.name())
                    || longer.name().length() == body.name().length()) {
                continue;
            }
            String rest = longer.name().substring(body.name().length());
            if (Pattern.compile(Pattern.quote(body.name()) + "\\s+" + Pattern.quote(rest)).matcher(text).find()) {
                return longer;
            }
        }
        return body;
    }

    private static String identity(Mention m) {
        return m.kind() + "|" + ThaiText.skeleton(m.name());
    }

    private Optional<String> province(String text) {
        Matcher m = PROVINCE.matcher(text);
        int from = 0;
        // Thai runs on without spaces, so a "จังหวัด" that names no province may swallow the next one: search on
        // from inside it
        while (from < text.length() && m.find(from)) {
            Optional<String> name = provinces.nameAtStart(m.group(1));
            if (name.isPresent()) {
                return name;
            }
            from = m.start(1);
        }
        return Optional.empty();
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

}
