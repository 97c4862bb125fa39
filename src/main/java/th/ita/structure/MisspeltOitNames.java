package th.ita.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * O-item names OCR misspelt in their marks only ("รายงานผลกำรใช้จ่ายงบประมาณประจำปี", "หลักเกณฑ์การบริหำรและ…"):
 * OCR confuses SARA AA with SARA AM and drops or adds vowel and tone marks, but rarely a consonant. A name written
 * after a code whose letters without marks ({@link ThaiText#skeleton}) are exactly those of that code's catalogue
 * name for the fiscal year is that name, and is written as the catalogue spells it. A name that differs in any
 * letter, as a body's own wording often does ("…การทุจริต" without "และประพฤติมิชอบ"), stays as read.
 */
final class MisspeltOitNames {

    /** Latin letters, digits and signs a read name may hold in all, standing for letters OCR did not read. */
    private static final int MAX_FOREIGN = 4;
    /** Letters the read name must have besides, so that a few letters and look-alikes cannot fit any name. */
    private static final int MIN_LETTERS = 8;
    private static final Pattern NUMBER = Pattern.compile("[0-9๐-๙]{2,}");

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
                    .filter(n -> !n.equals(name) && sameName(name, n));
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

    /**
     * The read name is the catalogue's: their letters without marks are the same, or, for a catalogue name without
     * digits, the same but where the read name has a short run of Latin letters, digits or signs (OCR reads a
     * syllable as Latin look-alikes, "ประจำ u" for ประจำปี, and adds stray signs, "การมีส่วนร่วม 6 ของ…"),
     * which may stand for up to two letters.
     */
    static boolean sameName(String read, String catalogue) {
        String letters = ThaiText.skeleton(read);
        if (letters.isEmpty()) {
            return false;
        }
        if (letters.equals(ThaiText.skeleton(catalogue))) {
            return true;
        }
        if (catalogue.chars().anyMatch(Character::isDigit) || NUMBER.matcher(read).find()) {
            // digits the catalogue writes are the document's to give, and a number read is content, not noise
            return false;
        }
        StringBuilder pattern = new StringBuilder();
        int thai = 0;
        int foreign = 0;
        boolean inForeignRun = false;
        for (char c : read.toCharArray()) {
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (ThaiText.isThai(c)) {
                String letter = ThaiText.skeleton(String.valueOf(c));
                pattern.append(Pattern.quote(letter.isEmpty() ? "" : letter));
                thai += letter.length();
                inForeignRun = false;
            } else {
                if (!inForeignRun) {
                    pattern.append(".{0,2}");
                }
                foreign++;
                inForeignRun = true;
            }
        }
        return foreign > 0 && foreign <= MAX_FOREIGN && thai >= MIN_LETTERS
                && Pattern.matches(pattern.toString(), ThaiText.skeleton(catalogue));
    }
}
