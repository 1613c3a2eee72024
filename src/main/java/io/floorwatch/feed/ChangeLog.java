package io.floorwatch.feed;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A bounded ring of "agent X changed" entries, numbered. Readers ask what changed since the number they last
 * saw; a reader that fell further behind than the ring holds is told to reload everything.
 */
final class ChangeLog {
    private final String[] ring;
    private long head;

    ChangeLog(int capacity) {
        ring = new String[capacity];
    }

    synchronized long append(String agentId) {
        ring[(int) (head % ring.length)] = agentId;
        return ++head;
    }

    synchronized long head() {
        return head;
    }

    synchronized LiveState.Changes since(long seen, long epoch) {
        if (seen > head || head - seen > ring.length) {
            return new LiveState.Changes(epoch, head, Set.of(), true);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (long n = seen; n < head; n++) {
            ids.add(ring[(int) (n % ring.length)]);
        }
        return new LiveState.Changes(epoch, head, ids, false);
    }
}
