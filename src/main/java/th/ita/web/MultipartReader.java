package th.ita.web;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body as it arrives, handing each file part to a sink without holding it in
 * memory. The server's own form handling is not used because it keeps one file per field name (an upload of several
 * files under {@code file} lost all but one) and writes into the working directory.
 */
final class MultipartReader {

    /** Where a file part's bytes go. */
    interface PartSink {
        /** @return where to write the part's bytes, or empty to skip the part */
        Optional<OutputStream> open(String fieldName, String fileName) throws IOException;
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("(?<![\\w*])name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final int[] fallback;

    private MultipartReader(InputStream body, String boundary) {
        // the first boundary has no line break before it; one in front lets every boundary be found the same way
        this.in = new BufferedInputStream(new SequenceInputStream(
                new ByteArrayInputStream(new byte[] {'\r', '\n'}), body), 64 * 1024);
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.fallback = fallbackTable(delimiter);
    }

    static MultipartReader of(String contentType, InputStream body) {
        Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || !boundary.find()) {
            throw new ApiException(415, "unsupported-media-type", "send files as multipart/form-data, field 'file'");
        }
        return new MultipartReader(body, boundary.group(1) != null ? boundary.group(1) : boundary.group(2));
    }

    /** Reads every part, giving file parts to {@code sink}; a body cut short is a bad request. */
    void readAll(PartSink sink) throws IOException {
        if (!skipTo(OutputStream.nullOutputStream())) {
            throw ApiException.badRequest("the multipart body has no boundary line");
        }
        while (afterBoundaryIsAnotherPart()) {
            String headers = readHeaders();
            Matcher name = NAME.matcher(headers);
            Matcher fileName = FILE_NAME.matcher(headers);
            Optional<OutputStream> target = name.find() && fileName.find()
                    ? sink.open(name.group(1), fileName.group(1)) : Optional.empty();
            boolean complete;
            try (OutputStream out = target.map(o -> (OutputStream) new BufferedOutputStream(o, 64 * 1024))
                    .orElse(OutputStream.nullOutputStream())) {
                complete = skipTo(out);
            }
            if (!complete) {
                throw ApiException.badRequest("the multipart body ends inside a part");
            }
        }
    }

    /** After a boundary: "--" closes the body, a line break starts another part. */
    private boolean afterBoundaryIsAnotherPart() throws IOException {
        int first = in.read();
        int second = in.read();
        if (first == '-' && second == '-') {
            return false;
        }
        if (first == '\r' && second == '\n') {
            return true;
        }
        throw ApiException.badRequest("the multipart body is malformed after a boundary");
    }

    private String readHeaders() throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0 || headers.size() > MAX_HEADER_BYTES) {
                throw ApiException.badRequest("the multipart part headers are cut short or too long");
            }
            headers.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        // browsers send file names as raw UTF-8 inside the quotes
        return headers.toString(StandardCharsets.UTF_8);
    }

    /**
     * Copies bytes to {@code out} until the delimiter (Knuth-Morris-Pratt, so a partial match that fails gives its
     * bytes back); false when the body ends first.
     */
    private boolean skipTo(OutputStream out) throws IOException {
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            while (matched > 0 && b != (delimiter[matched] & 0xFF)) {
                int kept = fallback[matched - 1];
                out.write(delimiter, 0, matched - kept);
                matched = kept;
            }
            if (b == (delimiter[matched] & 0xFF)) {
                matched++;
                if (matched == delimiter.length) {
                    return true;
                }
            } else {
                out.write(b);
            }
        }
        return false;
    }

    private static int[] fallbackTable(byte[] pattern) {
        int[] table = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = table[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }
}
