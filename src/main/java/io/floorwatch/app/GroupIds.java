package io.floorwatch.app;

import io.floorwatch.config.FeedSettings;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This desktop's Kafka consumer group: the one set in the settings, or one per user and machine so every
 * supervisor reads every record. Looking up the host name may ask the resolver, so never on the FX thread.
 */
final class GroupIds {
    private GroupIds() {
    }

    static String of(FeedSettings feeds) {
        return feeds.effectiveGroupId(System.getProperty("user.name", "user"), hostName());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // No resolvable name: the user name alone still keeps desktops apart on most floors.
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "desktop" : fromEnvironment;
        }
    }
}
