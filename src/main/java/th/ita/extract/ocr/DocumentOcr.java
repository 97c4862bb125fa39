package th.ita.extract.ocr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.model.OcrSummary;
import th.ita.model.Problem;

/**
 * OCRs the pages of one document in parallel on the shared page workers. The workers are shared by every file
 * being ingested, so however many files arrive at once, no more Tesseract processes run than there are
 * workers (one per core by default; each Tesseract is held to one thread through OMP_THREAD_LIMIT=1).
 * Pages are rendered and prepared (straightened, table borders found and erased) one at a time by the calling
 * thread, a few ahead of the workers, so a worker runs nothing but Tesseract and is never idle while Java code
 * prepares its next page; the few ahead bound memory.
 */
public final class DocumentOcr {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentOcr.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    /**
     * Pages prepared and waiting beyond those being OCR'd: enough that a slot freed finds the next page ready
     * while the calling thread prepares the one after, few enough that a long scan never sits in memory whole.
     */
    private static final int PREPARED_AHEAD = 2;

    /** What OCR made of the pages it was given, by page number. */
    public record Result(Map<Integer, OcrPage> pages, OcrSummary summary, List<Problem> problems, Duration took) {
    }

    private final ScannedPageReader reader;
    private final ExecutorService workers;
    private final int parallelPages;

    public DocumentOcr(ScannedPageReader reader, ExecutorService workers, int parallelPages) {
        this.reader = reader;
        this.workers = workers;
        this.parallelPages = parallelPages;
    }

    public Result read(String name, PageImages images, List<Integer> pageNumbers) {
        long start = System.nanoTime();
        Semaphore ahead = new Semaphore(parallelPages + PREPARED_AHEAD);
        Map<Integer, Future<OcrPage>> running = new TreeMap<>();
        Map<Integer, OcrPage> done = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        ProgressLog progress = new ProgressLog(name, pageNumbers.size(), start);
        try {
            for (int number : pageNumbers) {
                ahead.acquire();
                GrayImage image;
                try {
                    image = images.render(number);
                } catch (IOException | RuntimeException e) {
                    ahead.release();
                    problems.add(Problem.of("OCR_PAGE_FAILED", "Page " + number + " could not be rendered for OCR: " + e.getMessage()));
                    continue;
                }
                int dpi = images.dpi(number);
                ScannedPageReader.PreparedPage prepared;
                try {
                    prepared = reader.prepare(number, image, dpi);
                } catch (RuntimeException e) {
                    ahead.release();
                    done.put(number, ScannedPageReader.failed(number, image, dpi, e));
                    continue;
                }
                running.put(number, workers.submit(() -> {
                    try {
                        return reader.read(prepared);
                    } finally {
                        ahead.release();
                    }
                }));
                collectFinished(running, done, progress);
            }
            while (!running.isEmpty()) {
                collectFinished(running, done, progress);
                if (!running.isEmpty()) {
                    waitForOne(running.values().iterator().next());
                }
            }
        } catch (InterruptedException e) {
            running.values().forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new OcrInterruptedException("Stopped while OCR'ing " + name);
        }
        done.values().forEach(page -> page.problem().ifPresent(problems::add));
        List<Double> confidences = done.values().stream().flatMap(p -> p.confidences().stream()).toList();
        OptionalDouble mean = confidences.stream().mapToDouble(Double::doubleValue).average();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        List<Integer> read = done.entrySet().stream().filter(e -> e.getValue().problem().isEmpty()).map(Map.Entry::getKey).toList();
        LOG.info("OCR of [{}]: [{}] pages in [{}] s, mean word confidence [{}]", name, read.size(),
                took.toMillis() / 1000.0, mean.isPresent() ? Math.round(mean.getAsDouble() * 10) / 10.0 : "-");
        return new Result(done, new OcrSummary(read, mean), List.copyOf(problems), took);
    }

    private void collectFinished(Map<Integer, Future<OcrPage>> running, Map<Integer, OcrPage> done, ProgressLog progress) {
        for (var it = running.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            // read before removing: a TreeMap reuses a removed entry for its successor's key and value
            int number = entry.getKey();
            Future<OcrPage> page = entry.getValue();
            if (page.isDone()) {
                it.remove();
                done.put(number, resultOf(number, page));
                progress.pageDone(done.size());
            }
        }
        progress.maybeLog(done.size());
    }

    private static OcrPage resultOf(int number, Future<OcrPage> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OcrInterruptedException stopping) {
                // the pipeline is stopping: the file is put back whole, never archived with pages missing
                throw stopping;
            }
            return OcrPage.failed(number, 0, 0, Problem.of("OCR_PAGE_FAILED", "Page " + number + ": " + e.getCause()));
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            Thread.currentThread().interrupt();
            throw new OcrInterruptedException("Stopped while page " + number + " was OCR'd");
        } catch (RuntimeException e) {
            // the page reader records its own failures; this is a bug or an interrupt, and costs only the page
            return OcrPage.failed(number, 0, 0, Problem.of("OCR_PAGE_FAILED", "Page " + number + ": " + e));
        }
    }

    private static void waitForOne(Future<OcrPage> future) throws InterruptedException {
        try {
            future.get(1, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // collected (or still running) on the next round
        }
    }

    /** A progress line at most every ten seconds, so a long scan shows it is moving. */
    private static final class ProgressLog {
        private final String name;
        private final int total;
        private final long start;
        private long lastLog;

        ProgressLog(String name, int total, long start) {
            this.name = name;
            this.total = total;
            this.start = start;
            this.lastLog = start;
        }

        void pageDone(int done) {
            maybeLog(done);
        }

        void maybeLog(int done) {
            long now = System.nanoTime();
            if (now - lastLog < PROGRESS_EVERY.toNanos() || done >= total) {
                return;
            }
            lastLog = now;
            double elapsed = (now - start) / 1e9;
            String left = done == 0 ? "?" : Long.toString(Math.round(elapsed / done * (total - done)));
            LOG.info("OCR of [{}]: [{}] of [{}] pages done after [{}] s, about [{}] s left", name, done, total,
                    Math.round(elapsed), left);
        }
    }
}
