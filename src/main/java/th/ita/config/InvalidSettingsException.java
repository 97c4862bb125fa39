package th.ita.config;

import java.util.List;

/** One or more settings are missing or out of range; the message names each of them. */
public final class InvalidSettingsException extends RuntimeException {

    public InvalidSettingsException(List<String> problems) {
        super("Bad setting" + (problems.size() == 1 ? "" : "s") + ": " + String.join("; ", problems)
                + " (fix them in <home>/application.properties or the -D flags)");
    }
}
