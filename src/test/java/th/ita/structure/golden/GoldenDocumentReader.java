package th.ita.structure.golden;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import th.ita.extract.ExtractionLimits;
import th.ita.extract.TikaReportExtractor;
import th.ita.extract.ocr.OcrSettings;
import th.ita.extract.ocr.ScanReader;
import th.ita.extract.ocr.TesseractInstallation;
import th.ita.ingest.ThaiRepairStage;
import th.ita.normalize.ThaiTextNormalizer;
import th.ita.structure.StructureInput;

/**
 * Reads a fixture through the pipeline's own stages: the extractor the route calls (Tika, PDF word positions) and
 * the Thai repair stage, so the golden comparison checks what the route would export. OCR is switched off: the
 * golden fixtures all have text, and scanned forms are compared from committed OCR layouts instead.
 */
public final class GoldenDocumentReader {

    private static final ExtractionLimits LIMITS = new ExtractionLimits(100L << 20, 20_000_000, 512L << 20);

    private final TikaReportExtractor extractor;
    private final ThaiRepairStage repair = new ThaiRepairStage(new ThaiTextNormalizer());

    public GoldenDocumentReader() {
        OcrSettings noOcr = new OcrSettings(false, "tesseract", "tha+eng", 3, 200, Duration.ofSeconds(120), 1);
        TesseractInstallation unused = TesseractInstallation.probe(noOcr.tesseract(), noOcr.language());
        this.extractor = new TikaReportExtractor(LIMITS, new ScanReader(noOcr, unused, Optional.empty()));
    }

    public StructureInput read(Path file) {
        return StructureInput.of(repair.repair(extractor.extract(file, file.getFileName().toString())));
    }
}
