package th.ita.ingest;

import th.ita.extract.Extraction;
import th.ita.normalize.ThaiTextNormalizer;

/**
 * Repairs the Thai of an extraction's text and XHTML. The XHTML is repaired as a string: the rules only touch
 * Thai letters, marks and the spaces around them, never markup.
 */
public final class ThaiRepairStage {

    private final ThaiTextNormalizer normalizer;

    public ThaiRepairStage(ThaiTextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public Extraction repair(Extraction extraction) {
        return extraction.withText(normalizer.normalize(extraction.text()), normalizer.normalize(extraction.xhtml()));
    }
}
