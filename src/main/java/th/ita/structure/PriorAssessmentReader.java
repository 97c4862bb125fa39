package th.ita.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.ita.model.PriorAssessment;
import th.ita.normalize.ThaiDigits;

/** Finds a quoted earlier ITA result, e.g. "ประจำปีงบประมาณ พ.ศ.2563 … ได้คะแนน 65.12 คะแนน อยู่ในระดับ C". */
final class PriorAssessmentReader {

    private static final Pattern SCORE = Pattern.compile("(?<![0-9.])(\\d{1,3}(?:\\.\\d{1,2})?)\\s*คะแนน");
    private static final Pattern LEVEL = Pattern.compile("^\\s*(?:\\S{0,12}?)ระดับ\\s*(AA|A|B|C|D|E|F)(?![A-Za-z])");
    /** "ปีงบ ประมาณ": justified Thai and OCR put a space inside the word, and the year may follow on the next line. */
    private static final Pattern YEAR = Pattern.compile("ปี(?:งบ ?ประมาณ)?\\s*(?:พ\\.?\\s?ศ\\.?)?\\s*(\\d{4})");
    private static final int CONTEXT = 250;

    private final ItaCatalogue catalogue;

    PriorAssessmentReader(ItaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Optional<PriorAssessment> read(String text) {
        String flat = ThaiDigits.toAscii(text).replaceAll("\\s+", " ");
        Matcher m = SCORE.matcher(flat);
        while (m.find()) {
            String before = flat.substring(Math.max(0, m.start() - CONTEXT), m.start());
            if (!(before.contains("ประเมิน") || before.contains("ITA"))) {
                continue;
            }
            double score = Double.parseDouble(m.group(1));
            if (score > 100) {
                continue;
            }
            Optional<Integer> year = Optional.empty();
            Matcher y = YEAR.matcher(before);
            while (y.find()) {
                year = Optional.of(Integer.parseInt(y.group(1)));
            }
            Matcher l = LEVEL.matcher(flat.substring(m.end(), Math.min(flat.length(), m.end() + 40)));
            Optional<String> level = l.find() ? Optional.of(l.group(1)) : catalogue.level(score, year);
            return Optional.of(new PriorAssessment(year, score, level));
        }
        return Optional.empty();
    }
}
