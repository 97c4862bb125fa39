package th.ita.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.extract.SupportedFormats;
import th.ita.index.ReportIndexer;
import th.ita.watch.TreeReconciler;
import th.ita.watch.WatchCatalogue;
import th.ita.watch.WatchSettings;
import th.ita.watch.WatchedFolders;

/** Builds the {@code watchedFolders} bean the watch route calls, from the {@code ita.watch.*} properties. */
final class WatchConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WatchConfiguration.class);

    private WatchConfiguration() {
    }

    static WatchSettings settingsFrom(PropertiesComponent properties, Path home) {
        List<Path> folders = WatchSettings.parseFolders(properties.resolveProperty("ita.watch").orElse(""));
        for (Path folder : folders) {
            if (home.startsWith(folder) || folder.startsWith(home)) {
                throw new IllegalStateException("Watched folder " + folder + " and ita.home " + home
                        + " must not contain each other (ita.watch)");
            }
        }
        return new WatchSettings(folders, home.resolve("watch"),
                Long.parseLong(properties.resolveProperty("ita.watch.settle-ms").orElse("500")),
                Long.parseLong(properties.resolveProperty("ita.watch.rescan-interval-ms").orElse("60000")),
                Integer.parseInt(properties.resolveProperty("ita.watch.batch-size").orElse("200")));
    }

    static void bind(CamelContext camelContext, WatchSettings settings, IngestSettings ingest, ReportIndexer indexer) {
        try {
            Files.createDirectories(settings.state());
            Files.write(settings.foldersFile(), settings.folders().stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            WatchCatalogue catalogue = WatchCatalogue.open(settings.catalogue());
            Pattern ignored = Pattern.compile("(?i)" + camelContext.getPropertiesComponent().resolveProperty("ita.inbox.ignored").orElse(""));
            TreeReconciler reconciler = new TreeReconciler(settings.folders(), catalogue,
                    id -> Files.isRegularFile(ingest.reports().resolve(id + ".json")),
                    SupportedFormats.extensions(), ignored, settings.settleMillis(), settings.batchSize(), Clock.systemUTC());
            WatchedFolders watched = new WatchedFolders(settings, catalogue, reconciler, ingest.reports(), indexer, Clock.systemUTC());
            camelContext.addService(new ClosingService("watched folders", watched), true, true);
            camelContext.getRegistry().bind("watchedFolders", watched);
            if (!settings.folders().isEmpty()) {
                LOG.info("Watching [{}] in place; [{}] files known from earlier runs", settings.folders(),
                        catalogue.entries().size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set up watched folders under " + settings.state(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up watched folders under " + settings.state(), e);
        }
    }
}
