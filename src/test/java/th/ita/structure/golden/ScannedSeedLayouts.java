package th.ita.structure.golden;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import th.ita.extract.ExtractionLimits;
import th.ita.extract.TikaReportExtractor;
import th.ita.extract.ocr.DocumentOcr;
import th.ita.extract.ocr.OcrSettings;
import th.ita.extract.ocr.ScanReader;
import th.ita.extract.ocr.ScannedPageReader;
import th.ita.extract.ocr.TesseractHocr;
import th.ita.extract.ocr.TesseractInstallation;

/**
 * OCRs a scanned file once and keeps what came out under {@code target/ocr-cache/}, keyed by the file's
 * SHA-256 and a version of the OCR page preparation, so structure work on scans reruns in seconds.
 * Delete the cache (or bump {@link #PREPARATION}) after changing how pages are prepared for OCR.
 */
public final class ScannedSeedLayouts {

    /** Changes whenever page preparation (straightening, border finding) changes what OCR is given. */
    static final String PREPARATION = "6";
    private static final Path CACHE = Path.of("target/ocr-cache");

    private ScannedSeedLayouts() {
    }

    public static ScannedLayoutFixture ocrOnce(Path scan) throws IOException {
        Path cached = CACHE.resolve(sha256Of(scan) + "-p" + PREPARATION + ".json");
        if (Files.exists(cached)) {
            return ScannedLayoutFixture.read(cached);
        }
        TesseractInstallation tesseract = TesseractInstallation.probe("tesseract", "tha+eng");
        if (!tesseract.usable()) {
            throw new IllegalStateException("Tesseract with Thai data is needed to OCR " + scan + ": "
                    + tesseract.missing().orElse(""));
        }
        OcrSettings settings = OcrSettings.defaults();
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelPages());
        try {
            DocumentOcr ocr = new DocumentOcr(new ScannedPageReader(new TesseractHocr(tesseract, settings)), pool,
                    settings.parallelPages());
            TikaReportExtractor extractor = new TikaReportExtractor(new ExtractionLimits(200L << 20, 5_000_000, 1L << 30),
                    new ScanReader(settings, tesseract, Optional.of(ocr)));
            ScannedLayoutFixture fixture = ScannedLayoutFixture.of(extractor.extract(scan, scan.getFileName().toString()));
            fixture.write(cached);
            return fixture;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String sha256Of(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
