package th.ita.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells early that something in the watched folders changed, from the operating system's file events, so a scan
 * runs at once instead of at the next periodic rescan. It only raises a flag: what changed is always found by
 * {@link TreeReconciler}, so a missed or overflowing event costs time, never correctness.
 */
final class FolderEvents implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderEvents.class);

    private final WatchService service;
    /** Starts raised: the first scan reconciles whatever changed while the product was stopped. */
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private final Thread listener;

    FolderEvents(List<Path> folders) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.listener = new Thread(() -> listen(folders), "ita-watch-events");
        listener.setDaemon(true);
        listener.start();
    }

    /** Whether anything changed since the last call; clears the flag. */
    boolean takeChanged() {
        return changed.getAndSet(false);
    }

    /** Asks for another scan, for changes a scan left for later. */
    void markChanged() {
        changed.set(true);
    }

    private void listen(List<Path> folders) {
        folders.forEach(this::registerTree);
        try {
            while (true) {
                WatchKey key = service.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir) {
                        Path created = dir.resolve((Path) event.context());
                        if (Files.isDirectory(created)) {
                            registerTree(created);
                        }
                    }
                }
                changed.set(true);
                key.reset();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            LOG.debug("Watched-folder events stopped");
        }
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            // e.g. the system's limit on watched folders: the periodic rescan still finds every change
            LOG.warn("Cannot follow events under [{}] ([{}]); changes there are found by the periodic rescan", root, e.toString());
        }
        changed.set(true);
    }

    @Override
    public void close() throws IOException {
        service.close();
        listener.interrupt();
    }
}
