package th.ita.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.extract.ExtractionLimits;
import th.ita.index.ReportIndexer;
import th.ita.extract.TikaReportExtractor;
import th.ita.ingest.FileIntake;
import th.ita.ingest.FilingNames;
import th.ita.ingest.FilingNotes;
import th.ita.ingest.NeedsOcrShelf;
import th.ita.ingest.ReportAssembler;
import th.ita.ingest.ReportStore;
import th.ita.ingest.ThaiRepairStage;
import th.ita.model.ReportJson;
import th.ita.normalize.ThaiTextNormalizer;
import th.ita.structure.ReportStructurer;

/**
 * Builds every bean the routes call, once, from the {@code ita.*} properties. The routes refer to these beans
 * by name; the beans themselves know nothing of Camel.
 */
public final class PipelineConfiguration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineConfiguration.class);

    @Override
    public void configure(CamelContext camelContext) {
        IngestSettings settings = settingsFrom(camelContext.getPropertiesComponent());
        createFolders(settings);
        Clock clock = Clock.systemUTC();
        ReportStore store = new ReportStore(settings.reports());
        var registry = camelContext.getRegistry();
        registry.bind("fileIntake", new FileIntake(store));
        registry.bind("filingNames", new FilingNames(settings.archive(), settings.failed(), settings.needsOcr()));
        NeedsOcrShelf needsOcr = new NeedsOcrShelf(settings.needsOcr(), settings.inbox(), clock);
        registry.bind("extractor", new TikaReportExtractor(settings.limits(),
                OcrConfiguration.bind(camelContext, this, OcrConfiguration.settingsFrom(camelContext.getPropertiesComponent()), needsOcr)));
        registry.bind("thaiRepair", new ThaiRepairStage(new ThaiTextNormalizer()));
        registry.bind("structurer", new ReportStructurer());
        registry.bind("reportAssembler", new ReportAssembler(clock));
        registry.bind("filingNotes", new FilingNotes(settings.archive(), settings.failed(), clock));
        registry.bind("reportObjectMapper", ReportJson.mapper());
        ReportIndexer indexer = openIndex(camelContext, settings);
        registry.bind("reportIndexer", indexer);
        WatchConfiguration.bind(camelContext,
                WatchConfiguration.settingsFrom(camelContext.getPropertiesComponent(), settings.home()), settings, indexer);
        ExecutorService workers = camelContext.getExecutorServiceManager()
                .newFixedThreadPool(this, "ingest-worker", settings.threads());
        registry.bind("ingestWorkers", workers);
        LOG.info("Pipeline ready: home [{}], [{}] worker threads", settings.home(), settings.threads());
    }

    /** Opens the index, catching up with reports written while it was closed, and closes it after the routes stop. */
    private static ReportIndexer openIndex(CamelContext camelContext, IngestSettings settings) {
        try {
            ReportIndexer indexer = ReportIndexer.open(settings.index(), settings.reports(), settings.indexCommitInterval());
            camelContext.addService(new ClosingService("report index", indexer), true, true);
            return indexer;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot open the index at " + settings.index() + ": " + e.getMessage(), e);
        }
    }

    static IngestSettings settingsFrom(PropertiesComponent properties) {
        Path home = Path.of(required(properties, "ita.home")).toAbsolutePath().normalize();
        int threads = IngestSettings.threadsOrCores(Integer.parseInt(required(properties, "ita.threads")));
        long maxFileBytes = Long.parseLong(required(properties, "ita.max-file-size-mb")) * 1024 * 1024;
        int maxTextChars = Integer.parseInt(required(properties, "ita.max-text-chars"));
        long maxExpandedBytes = Long.parseLong(required(properties, "ita.max-expanded-mb")) * 1024 * 1024;
        Duration commitInterval = Duration.ofMillis(Long.parseLong(required(properties, "ita.index.commit-interval-ms")));
        return new IngestSettings(home, threads, new ExtractionLimits(maxFileBytes, maxTextChars, maxExpandedBytes),
                commitInterval);
    }

    private static String required(PropertiesComponent properties, String key) {
        return properties.resolveProperty(key)
                .orElseThrow(() -> new IllegalStateException("Missing setting " + key + " (see application.properties)"));
    }

    private static void createFolders(IngestSettings settings) {
        for (Path folder : List.of(settings.inbox(), settings.archive(), settings.failed(), settings.reports(), settings.needsOcr())) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create folder " + folder + " under ita.home", e);
            }
        }
    }
}
