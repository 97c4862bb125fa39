package th.ita.config;

import java.util.Optional;
import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.extract.ocr.DocumentOcr;
import th.ita.extract.ocr.OcrSettings;
import th.ita.extract.ocr.ScanReader;
import th.ita.extract.ocr.ScannedPageReader;
import th.ita.extract.ocr.TesseractHocr;
import th.ita.extract.ocr.TesseractInstallation;
import th.ita.ingest.NeedsOcrShelf;

/**
 * Builds the OCR beans from the {@code ita.ocr.*} properties: checks once whether Tesseract and its Thai data
 * are installed, sizes the shared page workers, and, when OCR works, returns waiting scans to the inbox.
 */
final class OcrConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(OcrConfiguration.class);

    private OcrConfiguration() {
    }

    /** Binds {@code needsOcrShelf} and returns the scan reader the extractor completes files with. */
    static ScanReader bind(CamelContext camelContext, Object owner, OcrSettings settings, NeedsOcrShelf shelf) {
        camelContext.getRegistry().bind("needsOcrShelf", shelf);
        TesseractInstallation installation = settings.enabled()
                ? TesseractInstallation.probe(settings.tesseract(), settings.language())
                : new TesseractInstallation(Optional.empty(), "", java.util.List.of(), Optional.empty(),
                Optional.of("OCR is switched off (ita.ocr.enabled=false)"));
        if (!settings.enabled()) {
            LOG.info("OCR is switched off (ita.ocr.enabled=false): scans are ingested without text");
            return new ScanReader(settings, installation, Optional.empty());
        }
        if (!installation.usable()) {
            LOG.warn("OCR is not available: {} Scanned files will wait in [{}] until `ita ocr-retry`.",
                    installation.missing().orElse(""), shelf.folder());
            return new ScanReader(settings, installation, Optional.empty());
        }
        if (System.getenv("OMP_THREAD_LIMIT") == null) {
            LOG.warn("OMP_THREAD_LIMIT is not set: each Tesseract may start several threads and pages OCR'd in"
                    + " parallel will slow each other down (the ita launcher sets it to 1)");
        }
        ExecutorService pageWorkers = camelContext.getExecutorServiceManager()
                .newFixedThreadPool(owner, "ocr-page", settings.parallelPages());
        DocumentOcr documentOcr = new DocumentOcr(
                new ScannedPageReader(new TesseractHocr(installation, settings)), pageWorkers, settings.parallelPages());
        LOG.info("OCR ready: [{}] ([{}]), languages [{}], psm [{}], [{}] dpi, [{}] pages at once",
                installation.program().map(Object::toString).orElse(""), installation.version(), settings.language(),
                settings.pageSegMode(), settings.dpi(), settings.parallelPages());
        shelf.returnToInbox();
        return new ScanReader(settings, installation, Optional.of(documentOcr));
    }
}
