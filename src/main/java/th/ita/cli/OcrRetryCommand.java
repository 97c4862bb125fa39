package th.ita.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import th.ita.home.HomeLayout;
import th.ita.ingest.FileIntake;
import th.ita.home.ReportStore;
import th.ita.ingest.NeedsOcrShelf;

/**
 * {@code ita ocr-retry}: ingests the scans waiting in needs-ocr/. Starting the pipeline moves them back into the
 * inbox when OCR works; this waits until each is filed again and prints where it went.
 */
@Command(name = "ocr-retry", mixinStandardHelpOptions = true, description = "Ingest the scans waiting in <home>/needs-ocr/ now that OCR is installed.")
public final class OcrRetryCommand implements Callable<Integer>, WritesHome {

    @Mixin
    private HomeOption home;

    @Mixin
    private PipelineOptions pipeline;

    @Option(names = "--stall-timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Give up waiting when no file has finished for this long. Default: ${DEFAULT-VALUE}.")
    private long stallTimeoutSeconds;

    @Override
    public Integer call() throws Exception {
        HomeLayout layout = home.layout();
        NeedsOcrShelf shelf = new NeedsOcrShelf(layout.needsOcr(), layout.inbox(), java.time.Clock.systemUTC());
        List<String> waiting = shelf.waiting();
        if (waiting.isEmpty()) {
            System.out.println("Nothing waits in " + shelf.folder());
            return 0;
        }
        System.err.printf("%d files wait in %s%n", waiting.size(), shelf.folder());
        try (PipelineRun run = PipelineRun.start(layout, pipeline.overrides(), () -> { })) {
            if (shelf.waiting().size() == waiting.size()) {
                System.out.println("OCR is still not available (see the log above or `ita doctor`); the files keep waiting.");
                return 1;
            }
            // Identify each scan by its bytes: a retried file may be filed under a new name ("x (2).pdf") when an
            // earlier file took its name, so only its report id says for sure what became of it.
            Map<String, String> idByName = new LinkedHashMap<>();
            for (String name : waiting) {
                Path inInbox = layout.inbox().resolve(name);
                if (Files.exists(inInbox)) {
                    idByName.put(name, FileIntake.sha256Of(inInbox));
                }
            }
            ReportStore reports = layout.reportStore();
            int notArchived = 0;
            long lastProgress = System.nanoTime();
            while (!idByName.isEmpty()) {
                for (var it = idByName.entrySet().iterator(); it.hasNext(); ) {
                    var entry = it.next();
                    String name = entry.getKey();
                    if (Files.exists(layout.inbox().resolve(name))) {
                        continue;
                    }
                    it.remove();
                    lastProgress = System.nanoTime();
                    if (Files.exists(reports.pathOf(entry.getValue()))) {
                        System.out.printf("archived  %s  %s%n", entry.getValue(), name);
                    } else {
                        notArchived++;
                        System.out.printf("not archived  %s  (see failed/ or needs-ocr/)%n", name);
                    }
                }
                if (Duration.ofNanos(System.nanoTime() - lastProgress).toSeconds() > stallTimeoutSeconds) {
                    idByName.keySet().forEach(name -> System.out.println("pending   " + name + "  (still in the inbox)"));
                    return 1;
                }
                Thread.sleep(200);
            }
            return notArchived == 0 ? 0 : 1;
        }
    }
}
