package io.floorwatch.emulator.org;

import io.floorwatch.domain.MediaType;

import java.time.Instant;
import java.util.Objects;

/**
 * A conversation between a customer and an agent of the emulated org, from the moment the agent is connected to
 * the end of their after-call work. Immutable: each step is a new value the org stores and tells its listeners of.
 *
 * @param offeredAt     when the customer reached the queue
 * @param heldSince     when the customer was put on hold, null unless on hold now
 * @param disconnectedAt when the customer's session ended, null while it goes on
 * @param acwEnd        when after-call work ended (the conversation is over for the agent), null before
 * @param acwRequired   whether the agent wraps it up after the customer is gone
 */
public record EmConversation(String id, String userId, String queueId, MediaType media, String customer,
        String customerAddress, Instant offeredAt, Instant connectedAt, Instant heldSince, Instant disconnectedAt,
        Instant acwEnd, boolean acwRequired) {
    public EmConversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(connectedAt, "connectedAt");
    }

    /** When the customer reached the queue, or the agent where nothing says (a conversation not routed). */
    public Instant reachedAt() {
        return offeredAt == null ? connectedAt : offeredAt;
    }

    public boolean held() {
        return heldSince != null;
    }

    public boolean inAfterCallWork() {
        return disconnectedAt != null && acwRequired && acwEnd == null;
    }

    /** Over for the agent: the customer is gone and no after-call work is left. */
    public boolean ended() {
        return disconnectedAt != null && (!acwRequired || acwEnd != null);
    }

    public EmConversation hold(Instant at) {
        return new EmConversation(id, userId, queueId, media, customer, customerAddress, offeredAt, connectedAt, at,
                disconnectedAt, acwEnd, acwRequired);
    }

    public EmConversation resume() {
        return new EmConversation(id, userId, queueId, media, customer, customerAddress, offeredAt, connectedAt, null,
                disconnectedAt, acwEnd, acwRequired);
    }

    public EmConversation disconnect(Instant at) {
        return new EmConversation(id, userId, queueId, media, customer, customerAddress, offeredAt, connectedAt, null,
                at, acwEnd, acwRequired);
    }

    public EmConversation wrapUp(Instant at) {
        return new EmConversation(id, userId, queueId, media, customer, customerAddress, offeredAt, connectedAt, null,
                disconnectedAt, at, acwRequired);
    }
}
