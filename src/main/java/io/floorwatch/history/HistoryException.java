package io.floorwatch.history;

/** The history could not be opened, read or written; the message says which file and what went wrong. */
public final class HistoryException extends RuntimeException {
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
