package th.ita.cli;

import java.util.HashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** Flags that override pipeline settings from application.properties for one run. */
public final class PipelineOptions {

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ita.threads, 0 = one per core).")
    private Integer threads;

    @Option(names = "--routes", paramLabel = "DIR", description = "Folder of *.camel.yaml route files (default: ita.routes).")
    private String routes;

    /** The settings these flags override, as property keys. */
    public Map<String, String> overrides() {
        Map<String, String> overrides = new HashMap<>();
        if (threads != null) {
            overrides.put("ita.threads", threads.toString());
        }
        if (routes != null) {
            overrides.put("ita.routes", routes);
        }
        return overrides;
    }
}
