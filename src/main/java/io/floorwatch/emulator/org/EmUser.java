package io.floorwatch.emulator.org;

import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One user of the emulated org. Identity is fixed; presence, routing status and skills change and are
 * guarded by the object's own monitor.
 */
public final class EmUser {
    private final String id;
    private final String name;
    private final String email;
    private final String title;
    private final EmTeam team;
    private final String divisionId;
    private final int index;

    private SystemPresence presence = SystemPresence.OFFLINE;
    private Instant presenceModified = Instant.EPOCH;
    private RoutingStatus routingStatus = RoutingStatus.OFF_QUEUE;
    private Instant routingStart = Instant.EPOCH;
    private final Map<String, Double> skills = new LinkedHashMap<>();
    private int version = 1;

    EmUser(int index, String id, String name, String email, String title, EmTeam team, String divisionId) {
        this.index = index;
        this.divisionId = divisionId;
        this.id = id;
        this.name = name;
        this.email = email;
        this.title = title;
        this.team = team;
    }

    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String title() {
        return title;
    }

    public EmTeam team() {
        return team;
    }

    /** The division the user belongs to; a token limited to other divisions does not see the user. */
    public String divisionId() {
        return divisionId;
    }

    public synchronized SystemPresence presence() {
        return presence;
    }

    public synchronized Instant presenceModified() {
        return presenceModified;
    }

    public synchronized RoutingStatus routingStatus() {
        return routingStatus;
    }

    public synchronized Instant routingStart() {
        return routingStart;
    }

    public synchronized int version() {
        return version;
    }

    /** A consistent copy of presence and routing status, read under one lock. */
    public synchronized Status status() {
        return new Status(presence, presenceModified, routingStatus, routingStart);
    }

    synchronized void setPresence(SystemPresence newPresence, Instant at) {
        presence = newPresence;
        presenceModified = notBefore(presenceModified, at);
    }

    synchronized void setRoutingStatus(RoutingStatus newStatus, Instant at) {
        routingStatus = newStatus;
        routingStart = notBefore(routingStart, at);
    }

    /**
     * A state never starts before the one it follows, as in Genesys: the simulator stamps a connect with its
     * scheduled time, which at high speed can fall a few milliseconds before an idle stamped with the clock just
     * before it, and a client that keeps the newest state by its start time would keep the idle for good.
     */
    private static Instant notBefore(Instant previous, Instant at) {
        return previous != null && at.isBefore(previous) ? previous : at;
    }

    /** Skills in assignment order: skill id to proficiency. */
    public synchronized Map<String, Double> skills() {
        return new LinkedHashMap<>(skills);
    }

    /** Whether the user holds every one of these skills (the simulator asks at every offer: no copy is made). */
    public synchronized boolean holdsAll(Collection<String> skillIds) {
        return skills.keySet().containsAll(skillIds);
    }

    synchronized void putSkill(String skillId, double proficiency) {
        skills.put(skillId, proficiency);
        version++;
    }

    synchronized boolean removeSkill(String skillId) {
        boolean removed = skills.remove(skillId) != null;
        if (removed) {
            version++;
        }
        return removed;
    }

    synchronized void replaceSkills(List<Map.Entry<String, Double>> newSkills) {
        skills.clear();
        newSkills.forEach(e -> skills.put(e.getKey(), e.getValue()));
        version++;
    }

    /** Presence and routing status read together. */
    public record Status(SystemPresence presence, Instant presenceModified, RoutingStatus routingStatus,
            Instant routingStart) {
    }
}
