package th.ita.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON body of every error answer: a code and a message for a person, never a stack trace. */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    public int status(Throwable failure) {
        ApiException api = apiException(failure);
        return api == null ? 500 : api.status();
    }

    public String body(Throwable failure) {
        ApiException api = apiException(failure);
        Map<String, Object> body = new LinkedHashMap<>();
        if (api == null) {
            LOG.error("HTTP request failed inside the server; answering 500", failure);
            body.put("error", "internal-error");
            body.put("message", "the server could not answer this request; its log says why");
        } else {
            body.put("error", api.code());
            body.put("message", api.getMessage());
        }
        return JsonBodies.of(body);
    }

    private static ApiException apiException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }
}
