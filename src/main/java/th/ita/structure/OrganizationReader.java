package th.ita.structure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.Memo;
import th.ita.model.Organization;

/**
 * Finds who wrote the report: the memo's ส่วนราชการ first (a title may name another body by mistake), then
 * the first local-government or office name in the text. The province comes from "จังหวัด…" in the text,
 * else from the memo reference's prefix.
 */
final class OrganizationReader {

    private static final String THAI_WORD = "[\\u0E01-\\u0E4E]+";
    // longer kinds first so เทศบาลตำบล is not read as a bare เทศบาล
    private static final Pattern ORGANIZATION = Pattern.compile("(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด"
            + "|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|อบต\\.|อบจ\\.|ทต\\.|ทม\\.|ทน\\.|ส[ำา]นักงานสาธารณส[ุ ]?ขอ[ำา]เภอ"
            + "|ส[ำา]นักงานสาธารณสุขจังหวัด|โรงพยาบาลส่งเสริมสุขภาพตำบล|โรงพยาบาล|ที่ว่าการอำเภอ|สำนักงานเขตพื้นที่การศึกษา)"
            + "\\s?(" + THAI_WORD + ")");
    private static final Map<String, String> KINDS = Map.of(
            "องค์การบริหารส่วนตำบล", "อบต.", "อบต.", "อบต.",
            "องค์การบริหารส่วนจังหวัด", "อบจ.", "อบจ.", "อบจ.",
            "ทต.", "เทศบาลตำบล", "ทม.", "เทศบาลเมือง", "ทน.", "เทศบาลนคร");
    // "องค์การบริหารส่วนจังหวัด…" names a body, not the province it sits in
    private static final Pattern PROVINCE = Pattern.compile("(?<!ส่วน)จังหวัด\\s?(" + THAI_WORD + ")");
    private static final Pattern DISTRICT = Pattern.compile("(?<!สาธารณสุข|ว่าการ)อำเภอ\\s?(" + THAI_WORD + ")");

    private final Provinces provinces;

    OrganizationReader(Provinces provinces) {
        this.provinces = provinces;
    }

    Optional<Organization> read(String text, Optional<Memo> memo) {
        Optional<Matcher> found = memo.flatMap(Memo::department).flatMap(OrganizationReader::find);
        if (found.isEmpty()) {
            found = find(text);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = found.get();
        // Word-exported PDFs may lose SARA AM ("สานักงาน"); the kind is a fixed phrase, so spell it right
        String written = canonicalKind(m.group(1));
        String name = written + m.group(2);
        Optional<String> kind = Optional.of(KINDS.getOrDefault(written, written));
        Optional<String> province = province(text)
                .or(() -> memo.flatMap(Memo::reference).flatMap(provinces::ofReference))
                .or(() -> provinceOfBody(text));
        Optional<String> district = first(DISTRICT, text);
        return Optional.of(new Organization(name, kind, district, province));
    }

    private static final List<String> FIXED_KINDS = List.of("สำนักงานสาธารณสุขอำเภอ", "สำนักงานสาธารณสุขจังหวัด");

    // the kind is a fixed phrase, so a damaged spelling of it ("สานักงานสาธารณส ขอาเภอ") is put right
    private static String canonicalKind(String written) {
        String letters = ThaiText.skeleton(written);
        return FIXED_KINDS.stream().filter(k -> ThaiText.skeleton(k).equals(letters)).findFirst().orElse(written);
    }

    private Optional<String> province(String text) {
        Matcher m = PROVINCE.matcher(text);
        while (m.find()) {
            Optional<String> name = provinces.nameAtStart(m.group(1));
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    // an อบจ. is named after its province: the last resort when nothing else names one
    private Optional<String> provinceOfBody(String text) {
        Matcher m = Pattern.compile("องค์การบริหารส่วนจังหวัด\\s?(" + THAI_WORD + ")").matcher(text);
        return m.find() ? provinces.nameAtStart(m.group(1)) : Optional.empty();
    }

    private static Optional<Matcher> find(String text) {
        Matcher m = ORGANIZATION.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static List<String> kinds() {
        return List.copyOf(KINDS.values());
    }
}
