package io.floorwatch.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closing one part of many: a part that fails to close is logged and does not keep the others open. */
final class Quietly {
    private static final Logger LOG = LoggerFactory.getLogger(Quietly.class);

    private Quietly() {
    }

    /** Closes {@code part} (nothing when null), logging a failure as the closing of {@code what}. */
    static void close(String what, AutoCloseable part) {
        if (part == null) {
            return;
        }
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("closing the {} failed: {}", what, e.getMessage(), e);
        }
    }
}
