package th.ita.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;

import th.ita.normalize.ThaiDamageCounter;
import th.ita.normalize.ThaiDamageReport;
import th.ita.normalize.ThaiTextNormalizer;

/**
 * Measures what {@link ThaiTextNormalizer} repairs in real files: extracts each file's text with Tika and
 * prints its damage counts before and after normalisation, then the totals. A report tool, so it prints.
 *
 * <p>Usage: {@code DamageSurvey file.pdf [file.txt ...]}
 */
public final class DamageSurvey {

    private static final String HEADER = "%-28s %8s %6s %6s %6s %6s %6s %6s%n";

    private DamageSurvey() {
    }

    public static void main(String[] args) {
        Tika tika = new Tika();
        tika.setMaxStringLength(-1);
        ThaiTextNormalizer normalizer = new ThaiTextNormalizer();
        ThaiDamageCounter counter = new ThaiDamageCounter();
        ThaiDamageReport totalBefore = ThaiDamageReport.NONE;
        ThaiDamageReport totalAfter = ThaiDamageReport.NONE;
        System.out.printf(HEADER, "file", "", "pua", "lostAm", "spcMk", "order", "decAm", "total");
        for (String arg : args) {
            Path path = Path.of(arg);
            String text;
            try {
                text = tika.parseToString(path);
            } catch (IOException | TikaException e) {
                // One unreadable file must not end the survey of the others.
                System.out.printf("%s: not extracted (%s)%n", path.getFileName(), e);
                continue;
            }
            ThaiDamageReport before = counter.count(text);
            ThaiDamageReport after = counter.count(normalizer.normalize(text));
            print(path.getFileName().toString(), before, after);
            totalBefore = totalBefore.plus(before);
            totalAfter = totalAfter.plus(after);
        }
        print("TOTAL", totalBefore, totalAfter);
    }

    private static void print(String name, ThaiDamageReport before, ThaiDamageReport after) {
        printRow(name, "before", before);
        printRow("", "after", after);
    }

    private static void printRow(String name, String when, ThaiDamageReport report) {
        System.out.printf("%-28s %8s %6d %6d %6d %6d %6d %6d%n", name, when, report.privateUseGlyphs(),
                report.saraAmLostAsSpace(), report.marksAfterWhitespace(), report.marksOutOfOrder(),
                report.decomposedSaraAm(), report.total());
    }
}
