package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import th.ita.model.Measure;

/**
 * Responsible units OCR misread, read back from the document's own other mentions: a report names the same few
 * units (สำนักปลัด, กองคลัง, ทุกกองงาน) in row after row, so a unit written the same way in two or more rows is
 * the document's spelling (spaces and specks aside), and an item that is that unit with a mark too many or too
 * few ("ก่องช่าง"), a speck ("กอง. ช่าง") or part of it read as Latin letters ("ทุกกอง wu", "Arun ปลัด") is taken
 * as it, when no other unit fits.
 */
final class ResponsibleUnits {

    /** A unit is the document's spelling when this many rows write it so. */
    private static final int MENTIONS = 2;
    /** The Thai letters kept beside Latin junk must be this long to name a unit. */
    private static final int KEPT_LETTERS = 3;
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    /** What no unit's name holds: signs and Latin letters OCR made of specks or of Thai letters. */
    private static final Pattern JUNK = Pattern.compile("[^\\u0E01-\\u0E4E\\s]");
    private static final Pattern NOT_THAI = Pattern.compile("[^\\u0E01-\\u0E4E]");

    private ResponsibleUnits() {
    }

    static List<Measure> readBack(List<Measure> measures, ProblemLog problems) {
        Map<String, Long> written = measures.stream().flatMap(m -> m.responsible().stream()).map(ResponsibleUnits::thai)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> units = written.entrySet().stream().filter(e -> e.getValue() >= MENTIONS).map(Map.Entry::getKey).toList();
        List<Measure> read = new ArrayList<>();
        for (Measure m : measures) {
            List<String> responsible = m.responsible().stream().map(item -> {
                String letters = thai(item);
                if (units.contains(letters) && !JUNK.matcher(item).find()) {
                    return item;
                }
                Optional<String> unit = units.contains(letters) ? Optional.of(letters) : unitOf(item, units);
                unit.ifPresent(u -> problems.add("RESPONSIBLE_UNIT_MISREAD", "responsible unit \"" + item + "\" of measure "
                        + m.code() + " read as \"" + u + "\", as other rows of the document write it"));
                return unit.orElse(item);
            }).toList();
            read.add(new Measure(m.section(), m.code(), m.title(), m.methods(), responsible, m.period(), m.results(),
                    m.suggestions()));
        }
        return read;
    }

    /** The one unit the item can be a misreading of. */
    private static Optional<String> unitOf(String item, List<String> units) {
        String skeleton = ThaiText.skeleton(thai(item));
        boolean junk = LATIN.matcher(item).find();
        List<String> fits = units.stream().filter(u -> {
            String unit = ThaiText.skeleton(u);
            return unit.equals(skeleton)
                    || junk && skeleton.length() >= KEPT_LETTERS && (unit.startsWith(skeleton) || unit.endsWith(skeleton));
        }).toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** The item's Thai letters and marks only, without spaces. */
    private static String thai(String item) {
        return NOT_THAI.matcher(item).replaceAll("");
    }
}
