package io.floorwatch.emulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.MediaType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A routing queue of the emulated org. Genesys keeps a queue as a document that PUT replaces whole, so the
 * emulator stores the writable part exactly as the client sent it; members and live traffic sit beside it.
 */
public final class EmQueue {
    private final String id;
    private final Instant dateCreated;
    private final String createdBy;
    private ObjectNode body;
    private Instant dateModified;
    private String modifiedBy;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private volatile Traffic traffic = Traffic.EMPTY;
    /** Finished work per machine minute over the last day, for the analytics aggregate queries. */
    private final QueueStats stats = new QueueStats(24 * 60);

    EmQueue(String id, ObjectNode body, Instant created, String createdBy) {
        this.id = id;
        this.body = body.deepCopy();
        this.dateCreated = created;
        this.dateModified = created;
        this.createdBy = createdBy;
        this.modifiedBy = createdBy;
    }

    public String id() {
        return id;
    }

    /** The division the queue lives in (from its body, as Genesys keeps it). */
    public synchronized String divisionId() {
        return body.path("division").path("id").asText("");
    }

    public synchronized String name() {
        return body.path("name").asText("");
    }

    /** A copy of the stored writable document. */
    public synchronized ObjectNode body() {
        return body.deepCopy();
    }

    /** The media's service-level target ({@code mediaSettings.<media>.serviceLevel.durationMs}), 20 s unset. */
    public synchronized long serviceLevelTargetMillis(MediaType media) {
        return body.path("mediaSettings").path(media.wireName()).path("serviceLevel").path("durationMs")
                .asLong(20_000);
    }

    /**
     * The media's service-level goal ({@code mediaSettings.<media>.serviceLevel.percentage}, 0 to 1), 0.8 unset:
     * what the conversation aggregates answer as {@code oServiceLevel}'s {@code target}.
     */
    public synchronized double serviceLevelPercentage(MediaType media) {
        return body.path("mediaSettings").path(media.wireName()).path("serviceLevel").path("percentage")
                .asDouble(0.8);
    }

    synchronized void replaceBody(ObjectNode newBody, Instant at, String by) {
        body = newBody.deepCopy();
        dateModified = at;
        modifiedBy = by;
    }

    public Instant dateCreated() {
        return dateCreated;
    }

    public String createdBy() {
        return createdBy;
    }

    public synchronized Instant dateModified() {
        return dateModified;
    }

    public synchronized String modifiedBy() {
        return modifiedBy;
    }

    public synchronized List<Member> members() {
        return new ArrayList<>(members.values());
    }

    public synchronized Optional<Member> member(String userId) {
        return Optional.ofNullable(members.get(userId));
    }

    public synchronized int memberCount() {
        return members.size();
    }

    public synchronized int joinedMemberCount() {
        return (int) members.values().stream().filter(Member::joined).count();
    }

    synchronized boolean addMember(String userId, boolean joined) {
        return members.putIfAbsent(userId, new Member(userId, joined, 1)) == null;
    }

    /** Sets a member's joined state; false when the user is not a member or already had that state. */
    synchronized boolean setJoined(String userId, boolean joined) {
        Member member = members.get(userId);
        if (member == null || member.joined() == joined) {
            return false;
        }
        members.put(userId, new Member(userId, joined, member.ringNumber()));
        return true;
    }

    synchronized boolean removeMember(String userId) {
        return members.remove(userId) != null;
    }

    public Traffic traffic() {
        return traffic;
    }

    /** The queue's finished work per machine minute ({@code epochMillis / 60,000}) over the last day. */
    public QueueStats stats() {
        return stats;
    }

    public void traffic(Traffic newTraffic) {
        traffic = newTraffic;
    }

    /**
     * An interaction waiting in the queue.
     *
     * @param requestedSkillIds the skills its routing asks for
     */
    public record Waiting(String conversationId, MediaType media, Instant since, List<String> requestedSkillIds) {
        public Waiting {
            requestedSkillIds = List.copyOf(requestedSkillIds);
        }
    }

    /** A member of the queue. */
    public record Member(String userId, boolean joined, int ringNumber) {
    }

    /**
     * The queue's live traffic, as the simulator last computed it.
     *
     * @param oldestWaitingSince arrival time of the longest-waiting interaction, or null when none waits
     * @param serviceLevel share of answered interactions answered within the queue's target, 0.0 to 1.0
     * @param waitingByMedia the interactions waiting now per media, oldest first
     * @param interactingByMedia interactions connected to agents now, per media
     */
    public record Traffic(int waiting, Instant oldestWaitingSince, int interacting, long offered, long answered,
            long abandoned, double serviceLevel, Map<MediaType, List<Waiting>> waitingByMedia,
            Map<MediaType, Integer> interactingByMedia) {
        public static final Traffic EMPTY = new Traffic(0, null, 0, 0, 0, 0, 1.0, Map.of(), Map.of());

        public Traffic {
            waitingByMedia = Map.copyOf(waitingByMedia);
            interactingByMedia = Map.copyOf(interactingByMedia);
        }

        /** Traffic with no detail of who waits (tests that set a queue's figures by hand). */
        public Traffic(int waiting, Instant oldestWaitingSince, int interacting, long offered, long answered,
                long abandoned, double serviceLevel) {
            this(waiting, oldestWaitingSince, interacting, offered, answered, abandoned, serviceLevel, Map.of(),
                    Map.of());
        }

        /** The waiting interactions of one media, oldest first. */
        public List<Waiting> waiting(MediaType media) {
            return waitingByMedia.getOrDefault(media, List.of());
        }

        /**
         * Whether observations report the media for the queue: voice always, as the real service does, and any
         * other media while some of it waits or is connected.
         */
        public boolean observed(MediaType media) {
            return media == MediaType.CALL || !waiting(media).isEmpty()
                    || interactingByMedia.getOrDefault(media, 0) > 0;
        }

        public double abandonRate() {
            long ended = answered + abandoned;
            return ended == 0 ? 0.0 : (double) abandoned / ended;
        }
    }
}
