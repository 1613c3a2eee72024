package io.floorwatch.feed;

import java.util.Locale;

/** How a collector names itself in its heartbeats: the host and the process, so two on one host differ. */
public final class CollectorName {
    private CollectorName() {
    }

    public static String ofThisProcess() {
        // From the environment, not a DNS lookup, which can take seconds on a machine without a resolver.
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("COMPUTERNAME");
        }
        if (host == null || host.isBlank()) {
            host = "collector";
        }
        return host.toLowerCase(Locale.ROOT) + "/" + ProcessHandle.current().pid();
    }
}
