package th.ita.cli;

import java.nio.file.Path;
import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;

/**
 * Where log lines go: into {@code <home>/logs/ita.log} (rotated at 10 MB, five old files kept), and to standard
 * error only with {@code --verbose}. The console is for outcomes and progress; log lines there would break the
 * progress bar and bury the summary.
 */
final class Logging {

    static final String FILE_NAME = "ita.log";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{0} - %msg%n";
    /** Libraries that log every odd font or table at INFO; their warnings are still kept. */
    private static final Map<String, Level> QUIET = Map.of(
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR,
            "org.apache.poi", Level.ERROR,
            "org.apache.tika", Level.WARN,
            "org.apache.camel.component.file.GenericFileOnCompletion", Level.ERROR);

    private Logging() {
    }

    /**
     * @param logs    the folder for log files, or null when the command must not write into the home
     * @param verbose whether log lines are also shown on standard error
     */
    static void configure(Path logs, boolean verbose) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        if (logs != null) {
            root.addAppender(fileAppender(context, logs));
        }
        if (verbose) {
            ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
            console.setContext(context);
            console.setName("console");
            console.setTarget("System.err");
            console.setEncoder(encoder(context));
            console.start();
            root.addAppender(console);
        }
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path logs) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(logs.resolve(FILE_NAME).toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logs.resolve("ita.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("10MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context));
        file.start();
        return file;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }
}
