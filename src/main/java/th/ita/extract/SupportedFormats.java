package th.ita.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which file extensions the product reads and which detected media types each may turn out to be. A file whose
 * content is something else (a PNG named .pdf) is refused rather than parsed as whatever it happens to be.
 */
public final class SupportedFormats {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final Map<String, Set<String>> MEDIA_TYPES_BY_EXTENSION = Map.ofEntries(
            Map.entry("txt", Set.of("text/*")),
            Map.entry("md", Set.of("text/*")),
            Map.entry("html", Set.of("text/html", "application/xhtml+xml")),
            Map.entry("htm", Set.of("text/html", "application/xhtml+xml")),
            // corrupt Office files are detected only as the container; let the parser explain what is wrong
            Map.entry("docx", Set.of(DOCX, "application/x-tika-ooxml", "application/zip")),
            Map.entry("doc", Set.of("application/msword", "application/x-tika-msoffice")),
            Map.entry("pdf", Set.of("application/pdf")),
            Map.entry("rtf", Set.of("application/rtf")),
            Map.entry("odt", Set.of(ODT, "application/zip")),
            // scans: read by OCR (th.ita.extract.ocr)
            Map.entry("png", Set.of("image/png")),
            Map.entry("jpg", Set.of("image/jpeg")),
            Map.entry("jpeg", Set.of("image/jpeg")),
            Map.entry("tif", Set.of("image/tiff")),
            Map.entry("tiff", Set.of("image/tiff")));

    private SupportedFormats() {
    }

    /** The extensions the inbox consumes, lower case, without the dot. */
    public static Set<String> extensions() {
        return MEDIA_TYPES_BY_EXTENSION.keySet();
    }

    static boolean isPlainText(String extension) {
        return extension.equals("txt") || extension.equals("md");
    }

    static boolean isZipContainer(String extension) {
        return extension.equals("docx") || extension.equals("odt");
    }

    static Optional<String> extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static boolean isSupported(String extension) {
        return MEDIA_TYPES_BY_EXTENSION.containsKey(extension);
    }

    static boolean accepts(String extension, String mediaType) {
        Set<String> accepted = MEDIA_TYPES_BY_EXTENSION.getOrDefault(extension, Set.of());
        String family = mediaType.substring(0, Math.max(mediaType.indexOf('/'), 0)) + "/*";
        return accepted.contains(mediaType) || accepted.contains(family);
    }
}
