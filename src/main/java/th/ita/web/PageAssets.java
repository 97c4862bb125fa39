package th.ita.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The page's own files, from one fixed folder of the jar ({@code /web/}), listed by name: nothing else of the
 * classpath or the working directory can be asked for.
 */
public final class PageAssets {

    /** The page's files and their media types; a name not listed here is not served. */
    private static final Map<String, String> ASSETS = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "messages.js", "text/javascript; charset=utf-8",
            "Loma.ttf", "font/ttf",
            "Loma-Bold.ttf", "font/ttf",
            "favicon.svg", "image/svg+xml");

    /**
     * The asset's bytes and media type.
     *
     * @param contentType the media type to send
     * @param bytes       the file
     */
    public record Asset(String contentType, byte[] bytes) {
    }

    public Asset asset(String name) {
        String type = Optional.ofNullable(name).map(ASSETS::get)
                .orElseThrow(() -> ApiException.notFound("no such page file"));
        try (InputStream in = PageAssets.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw ApiException.notFound("no such page file");
            }
            return new Asset(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the page file " + name, e);
        }
    }

    public Asset page() {
        return asset("index.html");
    }
}
