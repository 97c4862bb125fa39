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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import th.ita.home.ReportStore;

/**
 * Identifies a dropped file by the SHA-256 of its bytes and tells whether the same bytes were ingested before.
 * The same bytes under the same name are a replay (for example after a crash between writing the report and
 * archiving the file) and are processed again; under another name they are a duplicate.
 */
public final class FileIntake {

    private final ReportStore store;
    /** Report ids being processed right now, by the name that claimed them: the store only knows finished ones. */
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();

    public FileIntake(ReportStore store) {
        this.store = store;
    }

    /**
     * Identifies the file and claims its report id until {@link #release} is called. The same bytes arriving
     * while the first copy is still being processed are a duplicate of that copy.
     */
    public IncomingFile identify(Path file, String relativeName) {
        String sha256 = sha256Of(file);
        String claimant = inFlight.putIfAbsent(sha256, relativeName);
        Optional<String> duplicateOf = claimant != null && !claimant.equals(relativeName)
                ? Optional.of(claimant)
                : store.storedFileName(sha256).filter(firstName -> !firstName.equals(relativeName));
        if (duplicateOf.isPresent() && claimant == null) {
            inFlight.remove(sha256, relativeName);
        }
        return new IncomingFile(file, relativeName, sha256, sizeOf(file), duplicateOf);
    }

    /** Ends the claim of {@code relativeName} on a report id, whatever happened to the file; a no-op without one. */
    public void release(String reportId, String relativeName) {
        if (reportId != null) {
            inFlight.remove(reportId, relativeName);
        }
    }

    /** Whether the file dropped as {@code relativeName} is being processed right now. */
    public boolean isProcessing(String relativeName) {
        return inFlight.containsValue(relativeName);
    }

    /** How many files are being processed right now. */
    public int processing() {
        return inFlight.size();
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
