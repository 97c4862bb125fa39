package th.ita.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Who may use the API and page. On the loopback address anyone on the machine may; bound to another address, every
 * request must carry the token from {@code ita.http.token}, as {@code Authorization: Bearer <token>} or as the
 * password of HTTP basic authentication (any user name), which a browser asks for by itself.
 */
public final class HttpAccess {

    private final Optional<byte[]> token;

    /** @param token required on every request when present */
    public HttpAccess(Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns normally when the request may go on. */
    public void admit(String authorization) {
        if (token.isEmpty()) {
            return;
        }
        Optional<byte[]> sent = Optional.ofNullable(authorization).flatMap(HttpAccess::credential);
        // constant-time comparison: the time taken must not tell how much of a guess was right
        if (sent.isEmpty() || !MessageDigest.isEqual(sent.get(), token.get())) {
            throw new ApiException(401, "unauthorized", "this server needs its access token (ita.http.token)");
        }
    }

    private static Optional<byte[]> credential(String authorization) {
        String value = authorization.strip();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(value.substring(7).strip().getBytes(StandardCharsets.UTF_8));
        }
        if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? Optional.empty() : Optional.of(pair.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
