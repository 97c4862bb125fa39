package th.ita.structure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.AssessmentFramework;
import th.ita.model.AssessmentItem;
import th.ita.normalize.ThaiDigits;

/**
 * The assessment items a document says it is evidence for: NACC O-items ("O35", "(O๑๒)"), the health
 * ministry's EB items ("EB ๒", "EBIT ๑") and MOIT items ("MOIT 17"), read from its first lines, where a memo
 * or a cover form names them. A document whose first lines name many items reports on the whole list (an
 * indicator report) and is evidence for none of them in particular. Codes are kept as written, ASCII digits.
 */
final class AssessmentItemReader {

    private static final Pattern EB = Pattern.compile("(?<![A-Za-z])EB(?:IT)?\\s?(\\d{1,2})(?!\\d)");
    private static final Pattern MOIT = Pattern.compile("(?<![A-Za-z])MOIT\\s?(\\d{1,2})(?!\\d)");
    private static final Pattern OIT = Pattern.compile("(?<![A-Za-z0-9])O\\s?(\\d{1,2})(?![\\d.,A-Za-z])");
    private static final int HEAD_LINES = 30;
    private static final int MOST_ITEMS = 3;
    private static final int LAST_O_ITEM = 43;

    private final ItaCatalogue catalogue;

    AssessmentItemReader(ItaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<AssessmentItem> read(List<String> lines, Optional<Integer> fiscalYearBe) {
        String head = ThaiDigits.toAscii(String.join("\n", lines.stream().filter(l -> !l.isBlank()).limit(HEAD_LINES).toList()));
        Map<String, AssessmentItem> found = new LinkedHashMap<>();
        collect(EB, "EB", AssessmentFramework.MOPH_EB, head, fiscalYearBe, found);
        collect(MOIT, "MOIT", AssessmentFramework.MOIT, head, fiscalYearBe, found);
        collect(OIT, "O", AssessmentFramework.NACC, head, fiscalYearBe, found);
        return found.size() > MOST_ITEMS ? List.of() : List.copyOf(found.values());
    }

    private void collect(Pattern pattern, String prefix, AssessmentFramework framework, String head,
            Optional<Integer> year, Map<String, AssessmentItem> found) {
        Matcher m = pattern.matcher(head);
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            boolean exists = framework == AssessmentFramework.NACC ? number >= 1 && number <= LAST_O_ITEM
                    : catalogue.healthItemNumberExists(framework.key(), number);
            if (exists) {
                String code = prefix + number;
                found.putIfAbsent(code, new AssessmentItem(code, framework, year));
            }
        }
    }
}
