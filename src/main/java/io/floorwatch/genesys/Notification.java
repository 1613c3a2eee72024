package io.floorwatch.genesys;

import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.QueueObservation;

import java.time.Instant;
import java.util.List;

/** A decoded frame from a notification socket. */
public sealed interface Notification {
    /** Agent-state changes (one frame may carry both presence and routing status: the activity topic). */
    record StateChanges(List<AgentStateEvent> events) implements Notification {
    }

    /** Changes to an agent's interactions (the agent's conversations topic). */
    record InteractionChanges(List<InteractionEvent> events) implements Notification {
    }

    /** {@code channel.metadata} "WebSocket Heartbeat". */
    record Heartbeat() implements Notification {
    }

    /** {@code channel.metadata} "pong", the answer to our {@code {"message":"ping"}}. */
    record Pong() implements Notification {
    }

    /** {@code v2.system.socket_closing}: the server closes this socket within a minute. */
    record SocketClosing() implements Notification {
    }

    /** {@code v2.system.no_longer_subscribed}: the channel is gone (expired or evicted). */
    record NoLongerSubscribed(String channelId) implements Notification {
    }

    /** {@code v2.system.token_revoked}: the token behind the channel no longer counts. */
    record TokenRevoked(String channelId) implements Notification {
    }

    /**
     * A queue's observation (v2.analytics.queues.{id}.observations, at most once a second): members on queue by
     * routing status, waiting and interacting. It carries no wait time, so {@code longestWaitingMs} is -1.
     */
    record QueueObserved(QueueObservation observation, Instant at) implements Notification {
    }

    /** One agent's adherence changed (a management unit's adherence topic). */
    record AdherenceChanged(Adherence adherence) implements Notification {
    }

    /** A well-formed frame on a topic this decoder does not turn into state (nothing to do). */
    record Other(String topicName) implements Notification {
    }

    /** A frame that cannot be used, and why. */
    record Malformed(String reason) implements Notification {
    }
}
