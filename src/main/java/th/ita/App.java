package th.ita;

import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.main.Main;

import th.ita.config.PipelineConfiguration;
import th.ita.config.WebConfiguration;
import th.ita.extract.SupportedFormats;

/** Bootstraps Camel Main with the routes folder, the properties and the pipeline's beans; nothing else. */
public final class App {

    private App() {
    }

    /**
     * A configured, not yet started Camel Main.
     *
     * @param home      the home folder; overrides {@code ita.home}
     * @param overrides further properties that win over application.properties (e.g. from command-line flags)
     */
    public static Main create(Path home, Map<String, String> overrides) {
        return create(home, overrides, false);
    }

    /**
     * As {@link #create(Path, Map)}; with {@code serveHttp} the API and page of routes/api.camel.yaml are served too
     * (only {@code ita run} serves: other commands share the home but never listen on a port).
     */
    public static Main create(Path home, Map<String, String> overrides, boolean serveHttp) {
        Main main = new Main();
        // Camel takes a key from the first location that has it: the home's own settings before the defaults
        main.setPropertyPlaceholderLocations("file:" + home.resolve("application.properties") + ";optional=true,"
                + "classpath:application.properties");
        main.addOverrideProperty("ita.home", home.toString());
        // the routes' file filters and the extractor must agree on what is read, so both take it from one list
        main.addOverrideProperty("ita.inbox.supported", String.join("|", SupportedFormats.extensions()));
        overrides.forEach(main::addOverrideProperty);
        main.addOverrideProperty("camel.server.enabled", Boolean.toString(serveHttp));
        if (!serveHttp) {
            main.addOverrideProperty("camel.main.routes-exclude-pattern", "**/api.camel.yaml");
        }
        main.configure().addConfiguration(PipelineConfiguration.class);
        if (serveHttp) {
            main.configure().addConfiguration(WebConfiguration.class);
        }
        return main;
    }
}
