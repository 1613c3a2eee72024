package io.floorwatch.feed;

import io.floorwatch.domain.CollectorHeartbeat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A desktop's view of the collectors' shares: when each share named in a heartbeat was last heard, and by which
 * collector, so the desktop can name a share whose collector fell silent while the others still speak. A share is
 * remembered until it is heard again (by the standby that took it over, or its collector back): forgetting it
 * after a while would hide the gap it stands for. Written by the consumer thread, read by anyone.
 */
final class ShareWatch {
    /** When a share was last heard, on this desktop's clock, and who spoke for it. */
    record Heard(String share, Instant at, String collector) {
    }

    private final Map<String, Heard> shares = new ConcurrentHashMap<>();

    void heard(CollectorHeartbeat beat, Instant now) {
        if (beat.namesAShare()) {
            shares.put(beat.share(), new Heard(beat.share(), now, beat.collector()));
        }
    }

    /** The shares not heard for longer than {@code silentAfter}, longest silent first. */
    List<Heard> silent(Instant now, Duration silentAfter) {
        return shares.values().stream().filter(h -> Duration.between(h.at(), now).compareTo(silentAfter) > 0)
                .sorted(Comparator.comparing(Heard::at).thenComparing(Heard::share)).toList();
    }
}
