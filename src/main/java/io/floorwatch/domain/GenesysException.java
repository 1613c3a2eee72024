package io.floorwatch.domain;

import java.util.Optional;

/**
 * A Genesys Cloud call that did not succeed, in the terms a supervisor and a log reader need: the HTTP status,
 * Genesys' error code and message, and the correlation id to quote to Genesys support.
 *
 * <p>{@code outcomeUnknown} is set when the request may have been carried out although no success was seen
 * (a timeout or a 5xx on a create): the caller must look before it tries again.
 */
public class GenesysException extends RuntimeException {
    /** Status used when no HTTP response was received at all. */
    public static final int NO_RESPONSE = -1;

    private final int status;
    private final String code;
    private final String correlationId;
    private final boolean outcomeUnknown;

    public GenesysException(int status, String code, String message, String correlationId, boolean outcomeUnknown,
            Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code == null ? "" : code;
        this.correlationId = correlationId;
        this.outcomeUnknown = outcomeUnknown;
    }

    public GenesysException(int status, String code, String message, String correlationId) {
        this(status, code, message, correlationId, false, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isConflict() {
        return status == 409;
    }

    /** Genesys refused the request for the person's permissions or divisions (403): nothing was changed. */
    public boolean isRefused() {
        return status == 403;
    }

    /**
     * One line for a supervisor: what Genesys said, with the status and code to look it up; a 403 starts with
     * "Refused by Genesys", which is how the audit log shows it too.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (isRefused()) {
            text.append("Refused by Genesys: ");
        }
        text.append(getMessage() == null || getMessage().isBlank() ? "Request failed" : getMessage());
        if (status != NO_RESPONSE) {
            text.append(" (HTTP ").append(status);
            if (!code.isEmpty()) {
                text.append(", ").append(code);
            }
            text.append(')');
        }
        if (correlationId != null) {
            text.append(" [correlation id ").append(correlationId).append(']');
        }
        return text.toString();
    }
}
