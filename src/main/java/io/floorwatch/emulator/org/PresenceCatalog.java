package io.floorwatch.emulator.org;

import io.floorwatch.domain.SystemPresence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The org's primary presence definitions, with the fixed ids real orgs share and both wire spellings:
 * title case in REST ("On Queue"), UPPER_SNAKE in notifications ("ON_QUEUE").
 */
public final class PresenceCatalog {

    /** One presence definition as the org returns it. */
    public record Entry(String id, SystemPresence presence, String restName, String eventName) {
    }

    private final List<Entry> entries = List.of(
            new Entry("6a3af858-942f-489d-9700-5f9bcdcdae9b", SystemPresence.AVAILABLE, "Available", "AVAILABLE"),
            new Entry("31fe3bac-dea6-44b7-bed7-47f91660a1a0", SystemPresence.BUSY, "Busy", "BUSY"),
            new Entry("7ffa01cd-7866-4ad7-8faa-31e11b42f51f", SystemPresence.IDLE, "Idle", "IDLE"),
            new Entry("5e5c5c66-ea97-4e7f-ac41-6424784829f2", SystemPresence.AWAY, "Away", "AWAY"),
            new Entry("bbdff279-7ae1-48ea-bade-7831d7234c64", SystemPresence.MEETING, "Meeting", "MEETING"),
            new Entry("3fd96123-badb-4f69-bc03-1b1ccc6d8014", SystemPresence.MEAL, "Meal", "MEAL"),
            new Entry("d2390a99-8546-bad9-8f0a-219548e8aeb0", SystemPresence.TRAINING, "Training", "TRAINING"),
            new Entry("e08eaf1b-ee47-4fa9-a231-1200e284798f", SystemPresence.ON_QUEUE, "On Queue", "ON_QUEUE"),
            new Entry("227b37e2-f1d0-4dd0-8f50-badd7cf6d158", SystemPresence.BREAK, "Break", "BREAK"),
            new Entry("ccf3c10a-aa2c-4845-8e8d-f59fa48c58e5", SystemPresence.OFFLINE, "Offline", "OFFLINE"));

    private final Map<SystemPresence, Entry> byPresence = new EnumMap<>(SystemPresence.class);

    public PresenceCatalog() {
        entries.forEach(e -> byPresence.put(e.presence(), e));
    }

    public List<Entry> entries() {
        return entries;
    }

    public Entry of(SystemPresence presence) {
        return byPresence.get(presence);
    }

    public Optional<Entry> byId(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
