package th.ita.web;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A response body sent as a file to save.
 *
 * @param contentType        its media type
 * @param contentDisposition the header that names the file, in ASCII and as RFC 5987 UTF-8 for Thai names
 * @param body               the bytes, read while they are sent
 */
public record Download(String contentType, String contentDisposition, InputStream body) {

    public static Download of(String contentType, String fileName, InputStream body) {
        return new Download(contentType, attachment(fileName), body);
    }

    /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266, RFC 5987). */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
