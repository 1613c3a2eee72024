package io.floorwatch.emulator.rest;

import java.util.Map;

/** A Genesys error response: thrown by endpoints, rendered as an ErrorBody by the front. */
final class ApiError extends RuntimeException {
    final int status;
    final String code;
    final Map<String, String> headers;

    ApiError(int status, String code, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = headers;
    }

    ApiError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad.request", message);
    }

    static ApiError notFound() {
        return new ApiError(404, "not.found", "The requested operation failed with status 404");
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not.found", message);
    }

    static ApiError conflict(String message) {
        return new ApiError(409, "general.conflict", message);
    }

    /** Genesys' 403 for a token whose person lacks every one of these permissions. */
    static ApiError missingPermissions(java.util.List<String> permissions) {
        return permissions.size() == 1
                ? new ApiError(403, "missing.permissions", "Unable to perform the requested action. You are missing "
                        + "the following permission(s): " + permissions)
                : new ApiError(403, "missing.any.permissions", "Unable to perform the requested action. You must "
                        + "have at least one of the following permissions assigned: " + permissions);
    }

    static ApiError unavailable() {
        return new ApiError(503, "service.unavailable", "The service is currently unavailable");
    }

    static ApiError tooManyRequests(long retryAfterSeconds) {
        return new ApiError(429, "too.many.requests.retry.after",
                "Rate limit exceeded the maximum. Retry the request in [" + retryAfterSeconds + "] seconds",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
