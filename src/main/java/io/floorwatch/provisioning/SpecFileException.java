package io.floorwatch.provisioning;

/** A queue file that cannot be read as a whole (not CSV or JSON, no header, an unknown column); nothing is sent. */
public final class SpecFileException extends RuntimeException {
    public SpecFileException(String message) {
        super(message);
    }

    public SpecFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
