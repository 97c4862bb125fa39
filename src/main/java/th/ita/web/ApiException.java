package th.ita.web;

/**
 * A request the API answers with an error status and a short JSON body instead of a result. The message is shown
 * to the client, so it names what was wrong with the request and never carries internals.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not-found", what);
    }

    public static ApiException badRequest(String what) {
        return new ApiException(400, "bad-request", what);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
