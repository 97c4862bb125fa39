package th.ita.watch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.model.ReportJson;
import th.ita.model.SourceFile.Location;

/**
 * The product's memory of watched files, {@code <home>/watch/catalogue.jsonl}: location → size, modification
 * time, report, state. It is an append-only log of JSON lines, one per change, written through to the operating
 * system at once, so a {@code kill -9} loses at most the line being written (a torn last line is skipped on load)
 * and a restarted scan does not redo finished files. It is compacted to one line per location when opened.
 * Held in memory as a map: about 300 bytes per file.
 */
public final class WatchCatalogue implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(WatchCatalogue.class);
    private static final ObjectMapper JSON = ReportJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<Location, CatalogueEntry> entries;
    private final Writer log;

    private WatchCatalogue(Path file, Map<Location, CatalogueEntry> entries) throws IOException {
        this.file = file;
        this.entries = entries;
        this.log = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Loads the catalogue (empty when there is none yet), compacts its file and opens it for appending. */
    public static WatchCatalogue open(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Map<Location, CatalogueEntry> entries = new ConcurrentHashMap<>(read(file));
            Path compacted = file.resolveSibling("." + file.getFileName() + ".compacting");
            try (Writer out = Files.newBufferedWriter(compacted, StandardCharsets.UTF_8)) {
                for (CatalogueEntry entry : entries.values()) {
                    out.write(JSON.writeValueAsString(entry));
                    out.write('\n');
                }
            }
            Files.move(compacted, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new WatchCatalogue(file, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the watch catalogue " + file, e);
        }
    }

    /** The entries a catalogue file holds now, by location, without opening it for writing (a reader beside a run). */
    public static Map<Location, CatalogueEntry> read(Path file) throws IOException {
        Map<Location, CatalogueEntry> entries = new LinkedHashMap<>();
        forEachLine(file, entry -> {
            if (entry.state() == CatalogueEntry.State.REMOVED) {
                entries.remove(entry.location());
            } else {
                entries.put(entry.location(), entry);
            }
        });
        return entries;
    }

    private static void forEachLine(Path file, Consumer<CatalogueEntry> action) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    action.accept(JSON.readValue(line, CatalogueEntry.class));
                } catch (JsonProcessingException torn) {
                    // the line a kill -9 cut short: the file it described is simply scanned again
                    LOG.warn("Skipping unreadable line [{}] of the watch catalogue [{}]", number, file);
                }
            }
        }
    }

    public Optional<CatalogueEntry> get(Location location) {
        return Optional.ofNullable(entries.get(location));
    }

    public Collection<CatalogueEntry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    public synchronized void put(CatalogueEntry entry) {
        if (entry.state() == CatalogueEntry.State.REMOVED) {
            throw new IllegalArgumentException("use remove() for " + entry.location());
        }
        append(entry);
        entries.put(entry.location(), entry);
    }

    public synchronized void remove(CatalogueEntry entry) {
        append(new CatalogueEntry(entry.folder(), entry.path(), entry.sizeBytes(), entry.modifiedMillis(), "",
                CatalogueEntry.State.REMOVED, Optional.empty()));
        entries.remove(entry.location());
    }

    private void append(CatalogueEntry entry) {
        try {
            log.write(JSON.writeValueAsString(entry));
            log.write('\n');
            log.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the watch catalogue " + file, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        log.close();
    }
}
