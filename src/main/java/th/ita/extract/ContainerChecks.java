package th.ita.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Cheap checks run before a parser sees the file, for damage the parsers handle badly: a DOCX/ODT that inflates
 * to gigabytes (parsers build it in memory and run out of heap) and a PDF cut short (PDFBox quietly reads what
 * is there, so half a report would pass as a whole one).
 */
final class ContainerChecks {

    /** An entry may be compressed this well before its size counts as suspicious. */
    private static final long MAX_RATIO = 100;
    /** Entries smaller than this never count as bombs, however well they compress. */
    private static final long RATIO_FLOOR_BYTES = 10L * 1024 * 1024;
    private static final int PDF_TAIL_BYTES = 2048;

    private final long maxExpandedBytes;

    ContainerChecks(long maxExpandedBytes) {
        this.maxExpandedBytes = maxExpandedBytes;
    }

    /** Inflates every entry (sizes in zip headers can lie) and stops at the first sign of a bomb. */
    void checkZipExpansion(Path file) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long compressed = Math.max(entry.getCompressedSize(), 1);
                long expanded = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        expanded += read;
                        total += read;
                        if (expanded > RATIO_FLOOR_BYTES && expanded / compressed > MAX_RATIO) {
                            throw new RejectedFileException(RejectionReason.ZIP_BOMB,
                                    "Part '%s' expands more than %d times (%,d bytes from %,d so far); refusing to parse it."
                                            .formatted(entry.getName(), MAX_RATIO, expanded, compressed));
                        }
                        if (total > maxExpandedBytes) {
                            throw new RejectedFileException(RejectionReason.ZIP_BOMB,
                                    "The document expands to more than %,d bytes; refusing to parse it.".formatted(maxExpandedBytes));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new RejectedFileException(RejectionReason.CORRUPT, "The document's zip container is damaged: " + e.getMessage(), e);
        }
    }

    /** A complete PDF ends with an end-of-file marker, possibly followed by a little whitespace or comments. */
    void checkPdfComplete(Path file) {
        try (RandomAccessFile pdf = new RandomAccessFile(file.toFile(), "r")) {
            long length = pdf.length();
            int tailLength = (int) Math.min(PDF_TAIL_BYTES, length);
            byte[] tail = new byte[tailLength];
            pdf.seek(length - tailLength);
            pdf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new RejectedFileException(RejectionReason.CORRUPT,
                        "The PDF is truncated: it has no end-of-file marker (%%EOF); it was probably cut off while copying.");
            }
        } catch (IOException e) {
            throw new RejectedFileException(RejectionReason.UNREADABLE, "The file could not be read: " + e.getMessage(), e);
        }
    }
}
