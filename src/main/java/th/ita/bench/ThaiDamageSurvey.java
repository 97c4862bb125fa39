package th.ita.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;

import th.ita.normalize.ThaiDamageCounter;
import th.ita.normalize.ThaiDamageReport;
import th.ita.normalize.ThaiTextNormalizer;

/**
 * Measures what {@link ThaiTextNormalizer} repairs in real files: each file's text as plain Tika extracts it,
 * counted for damaged Thai before and after normalisation.
 */
public final class ThaiDamageSurvey {

    /** One file's counts, or why its text could not be extracted. */
    public record FileDamage(String file, ThaiDamageReport before, ThaiDamageReport after, Optional<String> error) {
    }

    private final Tika tika = new Tika();
    private final ThaiTextNormalizer normalizer = new ThaiTextNormalizer();
    private final ThaiDamageCounter counter = new ThaiDamageCounter();

    public ThaiDamageSurvey() {
        tika.setMaxStringLength(-1);
    }

    public List<FileDamage> survey(List<Path> files) {
        List<FileDamage> results = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                String text = tika.parseToString(file);
                results.add(new FileDamage(name, counter.count(text), counter.count(normalizer.normalize(text)),
                        Optional.empty()));
            } catch (IOException | TikaException e) {
                // one unreadable file must not end the survey of the others
                results.add(new FileDamage(name, ThaiDamageReport.NONE, ThaiDamageReport.NONE, Optional.of(e.toString())));
            }
        }
        return results;
    }
}
