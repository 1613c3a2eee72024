package io.floorwatch.provisioning;

import io.floorwatch.domain.GroupType;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a queue spec may name, read from the org once per validation run: skills (with whether they are active),
 * queues, divisions, in-queue flows and member groups, each by name. Genesys compares names without regard to
 * case, so this does too.
 */
public final class OrgIndex {
    private final Map<String, Entry> skills = new HashMap<>();
    private final Map<String, Entry> queues = new HashMap<>();
    private final Map<String, Entry> divisions = new HashMap<>();
    private final Map<String, Entry> flows = new HashMap<>();
    private final Map<GroupType, Map<String, Entry>> groups = new HashMap<>();
    /** Every entry by id, for turning a queue's ids back into names (the edit form shows names). */
    private final Map<String, Entry> byId = new HashMap<>();

    /** One named thing: its id, its name as the org spells it, and (for skills) whether it is active. */
    public record Entry(String id, String name, boolean active) {
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public OrgIndex skill(String id, String name, boolean active) {
        skills.put(key(name), indexed(new Entry(id, name, active)));
        return this;
    }

    public OrgIndex queue(String id, String name) {
        queues.put(key(name), indexed(new Entry(id, name, true)));
        return this;
    }

    public OrgIndex division(String id, String name) {
        divisions.put(key(name), indexed(new Entry(id, name, true)));
        return this;
    }

    public OrgIndex flow(String id, String name) {
        flows.put(key(name), indexed(new Entry(id, name, true)));
        return this;
    }

    public OrgIndex group(GroupType type, String id, String name) {
        groups.computeIfAbsent(type, t -> new HashMap<>()).put(key(name), indexed(new Entry(id, name, true)));
        return this;
    }

    private Entry indexed(Entry entry) {
        byId.put(entry.id(), entry);
        return entry;
    }

    /** The name of whatever has this id (ids are unique across kinds), or the id itself when the org has none. */
    public String nameOf(String id) {
        Entry entry = byId.get(id);
        return entry == null ? id : entry.name();
    }

    /** Every queue, sorted by name: what the edit form offers to open. */
    public List<Entry> queues() {
        return queues.values().stream().sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()))
                .toList();
    }

    public Optional<Entry> skill(String name) {
        return Optional.ofNullable(skills.get(key(name)));
    }

    /** The queue of this name, compared exactly but for case (never a prefix or wildcard match). */
    public Optional<Entry> queue(String name) {
        return Optional.ofNullable(queues.get(key(name)));
    }

    public Optional<Entry> division(String name) {
        return Optional.ofNullable(divisions.get(key(name)));
    }

    public Optional<Entry> flow(String name) {
        return Optional.ofNullable(flows.get(key(name)));
    }

    public Optional<Entry> group(GroupType type, String name) {
        return Optional.ofNullable(groups.getOrDefault(type, Map.of()).get(key(name)));
    }

    /** The active skills' names as the org spells them, sorted: what a form offers to pick. */
    public List<String> activeSkillNames() {
        return names(skills.values().stream().filter(Entry::active).toList());
    }

    public List<String> flowNames() {
        return names(flows.values());
    }

    public List<String> divisionNames() {
        return names(divisions.values());
    }

    public List<String> groupNames(GroupType type) {
        return names(groups.getOrDefault(type, Map.of()).values());
    }

    private static List<String> names(Collection<Entry> entries) {
        return entries.stream().map(Entry::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
