package th.ita.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.ingest.InboxDrop;

/**
 * {@code POST /api/files}: files sent as multipart field {@code file} are put into the inbox, each request in a batch
 * folder of its own, and are then ingested exactly like a dropped file. Each is written under a hidden name (which
 * the inbox skips) and renamed into place once whole.
 */
public final class UploadApi {

    private static final Logger LOG = LoggerFactory.getLogger(UploadApi.class);
    private static final DateTimeFormatter BATCH = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /**
     * One accepted file.
     *
     * @param id        what {@code GET /api/files/{id}} takes
     * @param name      the file's name as it will be filed (sanitised)
     * @param status    {@code queued} when accepted
     * @param statusUrl where to follow it
     */
    public record Accepted(String id, String name, String status, String statusUrl) {
    }

    private final Path inbox;
    private final long maxBytes;
    private final AtomicLong requests = new AtomicLong();

    public UploadApi(Path inbox, long maxBytes) {
        this.inbox = inbox;
        this.maxBytes = maxBytes;
    }

    /** @return the JSON listing each accepted file; at least one file must be sent */
    public String accept(String contentType, String contentLength, InputStream body) throws IOException {
        if (contentLength != null && contentLength.matches("\\d{1,18}") && Long.parseLong(contentLength) > maxBytes) {
            throw tooLarge();
        }
        String batch = "web-" + LocalDateTime.now().format(BATCH) + "-" + requests.incrementAndGet();
        Path folder = inbox.resolve(batch);
        List<Path> written = new ArrayList<>();
        List<DigestOutputStream> digests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            MultipartReader.of(contentType, new CappedInputStream(body == null ? InputStream.nullInputStream() : body, maxBytes))
                    .readAll((field, sentName) -> {
                        if (!field.equals("file")) {
                            return Optional.empty();
                        }
                        String name = uniqueName(UploadNames.sanitized(sentName), names);
                        Files.createDirectories(folder);
                        Path part = folder.resolve("." + name + ".uploading");
                        written.add(part);
                        DigestOutputStream digest = new DigestOutputStream(Files.newOutputStream(part), sha256());
                        digests.add(digest);
                        return Optional.of((OutputStream) digest);
                    });
        } catch (IOException | RuntimeException e) {
            for (Path part : written) {
                Files.deleteIfExists(part);
            }
            deleteIfEmpty(folder);
            throw e;
        }
        if (written.isEmpty()) {
            deleteIfEmpty(folder);
            throw ApiException.badRequest("no file sent: use multipart/form-data with field 'file'");
        }
        List<Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Path part = written.get(i);
            String name = part.getFileName().toString().replaceFirst("^\\.", "").replaceFirst("\\.uploading$", "");
            String sha256 = HexFormat.of().formatHex(digests.get(i).getMessageDigest().digest());
            long size = Files.size(part);
            Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            String id = FileStatusApi.idOf(new InboxDrop.Dropped(batch + "/" + name, sha256, size));
            accepted.add(new Accepted(id, name, "queued", "/api/files/" + id));
        }
        LOG.info("Received [{}] files over HTTP into inbox/[{}]", accepted.size(), batch);
        return JsonBodies.of(Map.of("files", accepted));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int copy = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); copy++) {
            int dot = name.lastIndexOf('.');
            candidate = dot > 0 ? name.substring(0, dot) + " (" + copy + ")" + name.substring(dot) : name + " (" + copy + ")";
        }
        return candidate;
    }

    private ApiException tooLarge() {
        return new ApiException(413, "too-large", "uploads are limited to " + maxBytes / (1024 * 1024)
                + " MB per request (ita.http.max-upload-mb)");
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException notEmpty) {
            // other files of the batch are there: keep it
        }
    }

    /** Stops reading a body that grows past the limit, whatever its Content-Length said. */
    private final class CappedInputStream extends FilterInputStream {
        private final long cap;
        private long read;

        CappedInputStream(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > cap) {
                throw tooLarge();
            }
        }
    }
}
