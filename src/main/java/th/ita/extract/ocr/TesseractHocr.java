package th.ita.extract.ocr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Tesseract on one page image and returns its hOCR, with the word boxes and confidences table rebuilding
 * needs. Thread-safe: every call runs its own Tesseract process on its own temporary files.
 * <p>
 * Tesseract is started in a session of its own (through {@code setsid}): Ctrl-C in a terminal sends SIGINT to
 * the whole foreground process group, and a Tesseract in the JVM's group would die mid-page while the JVM's
 * graceful stop is still waiting for that page. In its own session only the JVM hears Ctrl-C, and the pages in
 * flight finish. When the stop does interrupt a page (the stop's time limit ran out), the process is destroyed
 * and {@link OcrInterruptedException} is thrown, which is never recorded as a page failure.
 */
public final class TesseractHocr {

    private static final Logger LOG = LoggerFactory.getLogger(TesseractHocr.class);
    /** util-linux's setsid, on every Debian and most Linux systems; without it Tesseract runs in the JVM's group. */
    private static final Optional<Path> SETSID = TesseractInstallation.onPath("setsid");
    /** Every Tesseract started in this JVM, pages and cells alike: what a benchmark counts per page. */
    private static final LongAdder STARTED = new LongAdder();

    private final Path program;
    private final Optional<String> tessdata;
    private final OcrSettings settings;

    public TesseractHocr(TesseractInstallation installation, OcrSettings settings) {
        this.program = installation.program().orElseThrow(() ->
                new IllegalStateException("Tesseract is not installed: " + installation.missing().orElse("")));
        this.tessdata = installation.tessdata();
        this.settings = settings;
        if (SETSID.isEmpty()) {
            LOG.warn("setsid (util-linux) is not on the PATH: Ctrl-C will also stop the Tesseract processes of pages in flight");
        }
    }

    /**
     * OCRs one page.
     *
     * @param image the straightened page
     * @param dpi   its resolution: Tesseract's size filters and line finding assume the real one
     * @throws IOException             when Tesseract fails or takes longer than the page time limit
     * @throws OcrInterruptedException when the pipeline is stopping
     */
    public String hocrOf(GrayImage image, int dpi) throws IOException {
        return hocrOf(image, dpi, settings.pageSegMode());
    }

    /** OCRs an image with another page segmentation mode, e.g. 6 (one block of text) for a single table cell. */
    String hocrOf(GrayImage image, int dpi, int pageSegMode) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new OcrInterruptedException("OCR stopped before the page was started");
        }
        Path work = Files.createTempDirectory("ita-ocr-");
        try {
            Path input = writePgm(image, work.resolve("page.pgm"));
            Process tesseract = new ProcessBuilder(command(input, work.resolve("page"), dpi, pageSegMode))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(work.resolve("stderr.txt").toFile())
                    .start();
            STARTED.increment();
            boolean finished;
            try {
                finished = tesseract.waitFor(settings.pageTimeout().toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException stopping) {
                tesseract.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new OcrInterruptedException("OCR stopped while Tesseract was reading the page");
            }
            if (!finished) {
                tesseract.destroyForcibly();
                throw new IOException("Tesseract took longer than the page timeout ("
                        + settings.pageTimeout().toSeconds() + " s, ita.ocr.page-timeout-seconds)");
            }
            Path hocr = work.resolve("page.hocr");
            if (tesseract.exitValue() != 0 || !Files.isRegularFile(hocr)) {
                String stderr = Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8).strip();
                throw new IOException("Tesseract failed with exit value " + tesseract.exitValue()
                        + (stderr.isEmpty() ? "" : ": " + lastLine(stderr)));
            }
            return Files.readString(hocr, StandardCharsets.UTF_8);
        } finally {
            deleteQuietly(work);
        }
    }

    /** How many Tesseract processes this JVM has started so far, for every page and every cell read again. */
    public static long processesStarted() {
        return STARTED.sum();
    }

    /**
     * The command this class runs for a page image file, writing {@code outputBase}.hocr: what a benchmark runs
     * to compare with, so both start Tesseract the same way (in its own session, which the scheduler weighs as
     * a separate group of processes on a busy machine).
     */
    public List<String> commandFor(Path image, Path outputBase, int dpi) {
        return command(image, outputBase, dpi, settings.pageSegMode());
    }

    private List<String> command(Path input, Path outputBase, int dpi, int pageSegMode) {
        List<String> command = new ArrayList<>();
        SETSID.ifPresent(setsid -> command.add(setsid.toString()));
        command.add(program.toString());
        command.add(input.toString());
        command.add(outputBase.toString());
        command.addAll(List.of("-l", settings.language(), "--psm", Integer.toString(pageSegMode)));
        tessdata.ifPresent(folder -> command.addAll(List.of("--tessdata-dir", folder)));
        // Thai is written without spaces between words; without this Tesseract invents spacing rules for it
        command.addAll(List.of("-c", "preserve_interword_spaces=1"));
        // a PGM carries no resolution, and Tesseract guesses 70 dpi for such images, which shrinks its size filters
        command.addAll(List.of("-c", "user_defined_dpi=" + dpi));
        command.add("hocr");
        return command;
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\\R");
        return lines[lines.length - 1];
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.debug("Could not delete OCR work folder [{}]: [{}]", folder, e.toString());
        }
    }

    /**
     * Binary PGM: a header and the raw pixels; far cheaper to write than PNG and read by Tesseract's Leptonica.
     * Written straight from the image's buffer: a page is megabytes, and copies of it cost collections.
     */
    static Path writePgm(GrayImage image, Path file) throws IOException {
        byte[] header = ("P5\n" + image.width() + " " + image.height() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header);
            out.write(image.pixels());
        }
        return file;
    }
}
