package io.floorwatch.genesys;

import io.floorwatch.base.IoProblems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiException;
import io.floorwatch.base.JsonMappers;
import io.floorwatch.domain.GenesysException;

import java.io.IOException;
import java.util.Map;

/** Turns SDK and network failures into {@link GenesysException}s a supervisor can read and support can trace. */
final class ErrorTranslator {
    private final ObjectMapper json = JsonMappers.COMPACT;

    GenesysException fromApi(ApiException e, String operation, boolean outcomeUnknown) {
        String code = "";
        String message = null;
        if (e.hasRawBody()) {
            try {
                JsonNode body = json.readTree(e.getRawBody());
                code = body.path("code").asText("");
                message = body.hasNonNull("message") ? body.get("message").asText() : null;
            } catch (IOException notJson) {
                message = e.getRawBody();
            }
        }
        if (message == null || message.isBlank()) {
            message = "HTTP " + e.getStatusCode();
        }
        return new GenesysException(e.getStatusCode(), code, operation + ": " + message,
                header(e.getHeaders(), "ININ-Correlation-Id"), outcomeUnknown, e);
    }

    GenesysException fromNetwork(IOException e, String operation, boolean outcomeUnknown) {
        return new GenesysException(GenesysException.NO_RESPONSE, "network",
                operation + ": no answer from Genesys Cloud (" + IoProblems.network(e) + ")", null, outcomeUnknown,
                e);
    }

    /** Error headers come back in a case-sensitive map, spelled as the server sent them. */
    static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
