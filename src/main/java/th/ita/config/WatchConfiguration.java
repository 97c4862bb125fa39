package th.ita.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.extract.SupportedFormats;
import th.ita.home.HomeLayout;
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

    static WatchSettings settingsFrom(PropertiesComponent properties, HomeLayout home) {
        List<Path> folders = WatchSettings.parseFolders(properties.resolveProperty("ita.watch").orElse(""));
        List<String> problems = new ArrayList<>();
        for (Path folder : folders) {
            if (home.root().startsWith(folder) || folder.startsWith(home.root())) {
                problems.add("ita.watch = '" + folder + "' and ita.home = '" + home.root() + "' must not contain each other");
            }
        }
        long settle = whole(properties, "ita.watch.settle-ms", 0, 3_600_000, problems);
        long rescan = whole(properties, "ita.watch.rescan-interval-ms", 1_000, 86_400_000, problems);
        int batch = (int) whole(properties, "ita.watch.batch-size", 1, 100_000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new WatchSettings(folders, home.watch(), settle, rescan, batch);
    }

    private static long whole(PropertiesComponent properties, String key, long min, long max, List<String> problems) {
        String value = properties.resolveProperty(key).map(String::strip).orElse("");
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the allowed range
        }
        problems.add("%s = '%s' must be a whole number from %d to %d".formatted(key, value, min, max));
        return min;
    }

    static void bind(CamelContext camelContext, WatchSettings settings, HomeLayout home, ReportIndexer indexer) {
        try {
            Files.createDirectories(settings.state());
            Files.write(settings.foldersFile(), settings.folders().stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            WatchCatalogue catalogue = WatchCatalogue.open(settings.catalogue());
            Pattern ignored = Pattern.compile("(?i)" + camelContext.getPropertiesComponent().resolveProperty("ita.inbox.ignored").orElse(""));
            TreeReconciler reconciler = new TreeReconciler(settings.folders(), catalogue,
                    id -> Files.isRegularFile(home.reports().resolve(id + ".json")),
                    SupportedFormats.extensions(), ignored, settings.settleMillis(), settings.batchSize(), Clock.systemUTC());
            WatchedFolders watched = new WatchedFolders(settings, catalogue, reconciler, home.reports(), indexer, Clock.systemUTC());
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
