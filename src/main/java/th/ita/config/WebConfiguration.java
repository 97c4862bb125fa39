package th.ita.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.export.ReportExport;
import th.ita.index.ReportIndexer;
import th.ita.ingest.ArchivedFiles;
import th.ita.ingest.FileIntake;
import th.ita.home.HomeLayout;
import th.ita.home.ReportStore;
import th.ita.search.ReportSearcher;
import th.ita.web.ApiErrors;
import th.ita.web.ExportApi;
import th.ita.web.FileStatusApi;
import th.ita.web.HttpAccess;
import th.ita.web.PageAssets;
import th.ita.web.ReportApi;
import th.ita.web.SearchApi;
import th.ita.web.StatusApi;
import th.ita.web.UploadApi;

/**
 * Builds the beans routes/api.camel.yaml calls, on top of the pipeline's own index and intake (so a search sees
 * what the pipeline indexed a moment ago, and an upload's status sees it being processed). Added only when
 * {@code ita run} serves HTTP.
 */
public final class WebConfiguration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WebConfiguration.class);

    /**
     * @param bind           address the server listens on
     * @param port           its port
     * @param token          the access token, required when {@code bind} is not a loopback address
     * @param maxUploadBytes the largest upload request accepted
     */
    record WebSettings(String bind, int port, Optional<String> token, long maxUploadBytes) {
    }

    @Override
    public void configure(CamelContext camelContext) {
        WebSettings settings = settingsFrom(camelContext.getPropertiesComponent());
        HomeLayout home = Settings.read(key -> camelContext.getPropertiesComponent().resolveProperty(key)).home();
        var registry = camelContext.getRegistry();
        ReportIndexer indexer = registry.lookupByNameAndType("reportIndexer", ReportIndexer.class);
        FileIntake intake = registry.lookupByNameAndType("fileIntake", FileIntake.class);
        if (indexer == null || intake == null) {
            throw new IllegalStateException("WebConfiguration needs the pipeline's beans: add PipelineConfiguration first");
        }
        ReportStore store = home.reportStore();
        ReportSearcher searcher = ReportSearcher.nearRealTime(indexer);
        ExecutorService exportWriters = camelContext.getExecutorServiceManager().newCachedThreadPool(this, "http-export");
        registry.bind("requestBodies", new HttpRequestBodies());
        registry.bind("httpAccess", new HttpAccess(settings.token()));
        registry.bind("apiErrors", new ApiErrors());
        registry.bind("searchApi", new SearchApi(searcher));
        registry.bind("reportApi", new ReportApi(store, new ArchivedFiles(home.archive())));
        registry.bind("exportApi", new ExportApi(new ReportExport(searcher, store), exportWriters));
        registry.bind("uploadApi", new UploadApi(home.inbox(), settings.maxUploadBytes()));
        registry.bind("fileStatusApi", new FileStatusApi(home, intake));
        registry.bind("statusApi", new StatusApi(home, intake));
        registry.bind("pageAssets", new PageAssets());
        LOG.info("Serving the API and page on [http://{}:{}/]", settings.bind(), settings.port());
    }

    /** Reads and checks the ita.http.* keys, naming every bad one at once as the pipeline's settings do. */
    static WebSettings settingsFrom(PropertiesComponent properties) {
        Settings.Reader in = new Settings.Reader(properties::resolveProperty);
        String bind = in.text("ita.http.bind");
        int port = in.whole("ita.http.port", 0, 65535);
        long maxUpload = in.whole("ita.http.max-upload-mb", 1, 1_000_000);
        Optional<String> token = properties.resolveProperty("ita.http.token").map(String::strip).filter(t -> !t.isEmpty());
        Optional<Boolean> loopback = bind.isEmpty() ? Optional.empty() : loopback(bind, in.errors);
        if (loopback.isPresent() && !loopback.get() && token.isEmpty()) {
            in.errors.add("ita.http.bind = '" + bind + "' lets other machines connect, so ita.http.token (--token) must "
                    + "be set: only people who know it get in");
        }
        if (!in.errors.isEmpty()) {
            throw new InvalidSettingsException(in.errors);
        }
        if (!loopback.orElse(true)) {
            LOG.warn("The API and page are reachable from other machines on [{}]; every request needs the access token",
                    bind);
        }
        return new WebSettings(bind, port, token, maxUpload * 1024 * 1024);
    }

    private static Optional<Boolean> loopback(String bind, List<String> problems) {
        try {
            return Optional.of(InetAddress.getByName(bind).isLoopbackAddress());
        } catch (UnknownHostException e) {
            problems.add("ita.http.bind = '" + bind + "' is not an address of this machine");
            return Optional.empty();
        }
    }
}
