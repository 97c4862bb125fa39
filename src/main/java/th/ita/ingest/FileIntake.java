package th.ita.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Identifies a dropped file by the SHA-256 of its bytes and tells whether the same bytes were ingested before.
 * The same bytes under the same name are a replay (for example after a crash between writing the report and
 * archiving the file) and are processed again; under another name they are a duplicate.
 */
public final class FileIntake {

    private final ReportStore store;

    public FileIntake(ReportStore store) {
        this.store = store;
    }

    public IncomingFile identify(Path file, String relativeName) {
        String sha256 = sha256Of(file);
        Optional<String> duplicateOf = store.storedFileName(sha256)
                .filter(firstName -> !firstName.equals(relativeName));
        return new IncomingFile(file, relativeName, sha256, sizeOf(file), duplicateOf);
    }

    public static String sha256Of(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
