package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * O-item names OCR misspelt in their marks only ("รายงานผลกำรใช้จ่ายงบประมาณประจำปี", "หลักเกณฑ์การบริหำรและ…"):
 * OCR confuses SARA AA with SARA AM and drops or adds vowel and tone marks, but rarely a consonant. A name written
 * after a code whose letters without marks ({@link ThaiText#skeleton}) are exactly those of that code's catalogue
 * name for the fiscal year is that name, and is written as the catalogue spells it. A name that differs in any
 * letter, as a body's own wording often does ("…การทุจริต" without "และประพฤติมิชอบ"), stays as read.
 */
final class MisspeltOitNames {

    private final ItaCatalogue catalogue;

    MisspeltOitNames(ItaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The cell with every confirmed name spelt as the catalogue spells it; each change is recorded. */
    String repair(String cell, Optional<Integer> year, ProblemLog problems) {
        if (year.isEmpty()) {
            return cell;
        }
        List<int[]> codes = new ArrayList<>();
        List<String> codeNames = new ArrayList<>();
        Matcher m = OitItems.CODE.matcher(cell);
        while (m.find()) {
            codes.add(new int[] {m.start(), m.end()});
            codeNames.add(OitItems.codeOf(m));
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < codes.size(); i++) {
            int from = codes.get(i)[1];
            int to = i + 1 < codes.size() ? codes.get(i + 1)[0] : cell.length();
            String written = cell.substring(from, to);
            String name = written.strip().replaceAll("^[:.\\-–\\s]+|[,;\\s]+$", "");
            Optional<String> spelt = catalogue.oitItem(codeNames.get(i), year).map(ItaCatalogue.CatalogOitItem::name)
                    .filter(n -> !n.equals(name) && !ThaiText.skeleton(name).isEmpty()
                            && ThaiText.skeleton(n).equals(ThaiText.skeleton(name)));
            if (spelt.isEmpty()) {
                continue;
            }
            problems.add("OIT_NAME_MISREAD", "O-item " + codeNames.get(i) + " name read as \"" + name
                    + "\" taken as the catalogue's \"" + spelt.get() + "\": they differ only in marks");
            int nameStart = from + written.indexOf(name);
            out.append(cell, copied, nameStart).append(spelt.get());
            copied = nameStart + name.length();
        }
        return copied == 0 ? cell : out.append(cell.substring(copied)).toString();
    }
}
