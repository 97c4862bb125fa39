package th.ita.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import th.ita.model.ReportJson;

/** API bodies as compact JSON in the reports' one JSON shape (empty optionals left out, ISO dates). */
final class JsonBodies {

    private static final ObjectMapper MAPPER = ReportJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    private JsonBodies() {
    }

    static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
