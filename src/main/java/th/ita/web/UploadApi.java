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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.ingest.FilingNames;
import th.ita.ingest.InboxDrop;

/**
 * {@code POST /api/files}: files sent as multipart field {@code file} are put into the inbox under their own
 * (sanitised) names, so archive/, reports and search show the name the user chose; a name already waiting in the
 * inbox gets a numbered variant ("report (2).pdf"). Each is written under a hidden name (which the inbox skips) and
 * renamed into place once whole, then ingested exactly like a dropped file.
 */
public final class UploadApi {

    private static final Logger LOG = LoggerFactory.getLogger(UploadApi.class);

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

    public UploadApi(Path inbox, long maxBytes) {
        this.inbox = inbox;
        this.maxBytes = maxBytes;
    }

    /** @return the JSON listing each accepted file; at least one file must be sent */
    public String accept(String contentType, String contentLength, InputStream body) throws IOException {
        if (contentLength != null && contentLength.matches("\\d{1,18}") && Long.parseLong(contentLength) > maxBytes) {
            throw tooLarge();
        }
        List<Path> written = new ArrayList<>();
        List<DigestOutputStream> digests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            MultipartReader.of(contentType, new CappedInputStream(body == null ? InputStream.nullInputStream() : body, maxBytes))
                    .readAll((field, sentName) -> {
                        if (!field.equals("file")) {
                            return Optional.empty();
                        }
                        String name = freeName(UploadNames.sanitized(sentName), names);
                        Files.createDirectories(inbox);
                        Path part = inbox.resolve("." + name + ".uploading");
                        written.add(part);
                        DigestOutputStream digest = new DigestOutputStream(Files.newOutputStream(part), sha256());
                        digests.add(digest);
                        return Optional.of((OutputStream) digest);
                    });
        } catch (IOException | RuntimeException e) {
            for (Path part : written) {
                Files.deleteIfExists(part);
            }
            throw e;
        }
        if (written.isEmpty()) {
            throw ApiException.badRequest("no file sent: use multipart/form-data with field 'file'");
        }
        List<Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Path part = written.get(i);
            String name = part.getFileName().toString().replaceFirst("^\\.", "").replaceFirst("\\.uploading$", "");
            String sha256 = HexFormat.of().formatHex(digests.get(i).getMessageDigest().digest());
            long size = Files.size(part);
            Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            String id = FileStatusApi.idOf(new InboxDrop.Dropped(name, sha256, size));
            accepted.add(new Accepted(id, name, "queued", "/api/files/" + id));
        }
        LOG.info("Received [{}] files over HTTP into the inbox", accepted.size());
        return JsonBodies.of(Map.of("files", accepted));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The first variant of {@code name} neither waiting in the inbox (whole or uploading) nor taken by this request. */
    private String freeName(String name, Set<String> taken) {
        for (String candidate : FilingNames.variants(name)) {
            if (!Files.exists(inbox.resolve(candidate)) && !Files.exists(inbox.resolve("." + candidate + ".uploading"))
                    && taken.add(candidate.toLowerCase(java.util.Locale.ROOT))) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: variants never end");
    }

    private ApiException tooLarge() {
        return new ApiException(413, "too-large", "uploads are limited to " + maxBytes / (1024 * 1024)
                + " MB per request (ita.http.max-upload-mb)");
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
