package th.ita.config;

import java.time.Clock;
import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.home.HomeLayout;
import th.ita.index.ReportIndexer;
import th.ita.extract.TikaReportExtractor;
import th.ita.ingest.FileIntake;
import th.ita.ingest.FilingNames;
import th.ita.ingest.FilingNotes;
import th.ita.ingest.NeedsOcrShelf;
import th.ita.ingest.ReportAssembler;
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
        Settings settings = Settings.read(key -> camelContext.getPropertiesComponent().resolveProperty(key));
        HomeLayout home = settings.home();
        home.createFolders();
        Clock clock = Clock.systemUTC();
        var registry = camelContext.getRegistry();
        registry.bind("fileIntake", new FileIntake(home.reportStore()));
        registry.bind("filingNames", new FilingNames(home.archive(), home.failed(), home.needsOcr()));
        NeedsOcrShelf needsOcr = new NeedsOcrShelf(home.needsOcr(), home.inbox(), clock);
        // a stop that interrupted OCR put those files aside whole; they are read again from the start
        new NeedsOcrShelf(home.stopped(), home.inbox(), clock).returnToInbox();
        registry.bind("extractor", new TikaReportExtractor(settings.limits(),
                OcrConfiguration.bind(camelContext, this, settings.ocr(), needsOcr)));
        registry.bind("thaiRepair", new ThaiRepairStage(new ThaiTextNormalizer()));
        registry.bind("structurer", new ReportStructurer());
        registry.bind("reportAssembler", new ReportAssembler(clock));
        registry.bind("filingNotes", new FilingNotes(home.archive(), home.failed(), clock));
        registry.bind("reportObjectMapper", ReportJson.mapper());
        registry.bind("reportIndexer", openIndex(camelContext, settings));
        ExecutorService workers = camelContext.getExecutorServiceManager()
                .newFixedThreadPool(this, "ingest-worker", settings.threads());
        registry.bind("ingestWorkers", workers);
        LOG.info("Pipeline ready: home [{}], [{}] worker threads", home.root(), settings.threads());
    }

    /** Opens the index, catching up with reports written while it was closed, and closes it after the routes stop. */
    private static ReportIndexer openIndex(CamelContext camelContext, Settings settings) {
        HomeLayout home = settings.home();
        try {
            ReportIndexer indexer = ReportIndexer.open(home.index(), home.reports(), settings.indexCommitInterval());
            camelContext.addService(new ClosingService("report index", indexer), true, true);
            return indexer;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot open the index at " + home.index() + ": " + e.getMessage(), e);
        }
    }
}
