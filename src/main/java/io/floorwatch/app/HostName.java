package io.floorwatch.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's name, for a consumer group per desktop; it may ask the resolver, so never on the FX thread. */
final class HostName {
    private HostName() {
    }

    static String local() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // No resolvable name: the user name alone still keeps desktops apart on most floors.
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "desktop" : fromEnvironment;
        }
    }
}
