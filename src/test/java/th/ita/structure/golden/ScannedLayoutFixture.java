package th.ita.structure.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import th.ita.extract.Extraction;
import th.ita.extract.PageLayout;
import th.ita.extract.RulingLine;
import th.ita.extract.WordBox;
import th.ita.model.ReportJson;
import th.ita.structure.StructureInput;

/**
 * What OCR made of a scanned file, stored as JSON so the structure stage can be tested on it without running
 * Tesseract: the page text as OCR gave it (before Thai repair) and every page's word boxes and table borders.
 * Words and lines are written as arrays and positions rounded to a hundredth of a point, which keeps the
 * scanned seeds' fixtures small enough to commit.
 *
 * @param text      OCR'd text, not yet normalised
 * @param mediaType the scanned file's media type
 * @param layout    the OCR'd pages
 */
public record ScannedLayoutFixture(String text, String mediaType, List<PageLayout> layout) {

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"text", "x", "y", "width", "height", "confidence"})
    private interface WordBoxAsArray {
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"x1", "y1", "x2", "y2"})
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"horizontal", "vertical"})
    private interface RulingLineAsArray {
    }

    private static final ObjectMapper JSON = ReportJson.mapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .addMixIn(WordBox.class, WordBoxAsArray.class)
            .addMixIn(RulingLine.class, RulingLineAsArray.class);

    public static ScannedLayoutFixture of(Extraction extraction) {
        return new ScannedLayoutFixture(extraction.text(), extraction.mediaType(),
                extraction.layout().stream().map(ScannedLayoutFixture::rounded).toList());
    }

    public static ScannedLayoutFixture read(Path json) throws IOException {
        return JSON.readValue(json.toFile(), ScannedLayoutFixture.class);
    }

    public void write(Path json) throws IOException {
        Files.createDirectories(json.toAbsolutePath().getParent());
        JSON.writeValue(json.toFile(), this);
    }

    /** The structure stage's input, with the text repaired as the pipeline's Thai repair stage does. */
    public StructureInput input(java.util.function.UnaryOperator<String> normalizer) {
        return new StructureInput(normalizer.apply(text), "", layout, mediaType, true);
    }

    private static PageLayout rounded(PageLayout page) {
        return new PageLayout(page.number(), round(page.width()), round(page.height()),
                page.words().stream().map(w -> new WordBox(w.text(), round(w.x()), round(w.y()), round(w.width()),
                        round(w.height()), Math.round(w.confidence() * 10) / 10.0)).toList(),
                page.rulingLines().stream().map(l -> new RulingLine(round(l.x1()), round(l.y1()), round(l.x2()),
                        round(l.y2()))).toList());
    }

    private static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }
}
