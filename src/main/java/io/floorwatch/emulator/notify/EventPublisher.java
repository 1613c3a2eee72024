package io.floorwatch.emulator.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.emulator.org.ConversationWire;
import io.floorwatch.emulator.org.EmConversation;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.EmWorkforce;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.MemberStatuses;
import io.floorwatch.emulator.org.OrgDirectory;
import io.floorwatch.emulator.org.OrgListener;
import io.floorwatch.emulator.org.PresenceCatalog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Turns changes in the org into notification events with the bodies Genesys sends: presence (UPPER_SNAKE
 * system presence), routing status, activity, an agent's conversations and conversation summary, queue
 * membership and queue observations (at most once a second per queue, and only when something changed).
 */
public final class EventPublisher implements OrgListener, EmWorkforce.Listener {
    private final OrgDirectory org;
    private final StreamingServer streaming;
    private final ChannelRegistry channels;
    private final Map<String, String> lastObservation = new ConcurrentHashMap<>();

    public EventPublisher(OrgDirectory org, StreamingServer streaming, ChannelRegistry channels) {
        this.org = org;
        this.streaming = streaming;
        this.channels = channels;
    }

    @Override
    public void presenceChanged(EmUser user, EmUser.Status status) {
        String prefix = "v2.users." + user.id();
        streaming.publish(prefix + ".presence", () -> presenceBody(status));
        streaming.publish(prefix + ".activity", () -> activityBody(user, status));
    }

    @Override
    public void routingStatusChanged(EmUser user, EmUser.Status status) {
        String prefix = "v2.users." + user.id();
        streaming.publish(prefix + ".routingStatus", () -> {
            ObjectNode body = Json.object();
            body.put("id", user.id());
            body.set("routingStatus", routingStatus(status));
            return body;
        });
        streaming.publish(prefix + ".activity", () -> activityBody(user, status));
    }

    @Override
    public void membershipChanged(EmQueue queue, String userId, boolean member) {
        streaming.publish("v2.routing.queues." + queue.id() + ".users", () -> {
            ObjectNode body = Json.object();
            body.put("id", userId);
            body.putObject("user").put("id", userId);
            body.put("queueId", queue.id());
            body.put("joined", member && queue.member(userId).map(EmQueue.Member::joined).orElse(false));
            return body;
        });
        // The agent's active queues changed, which their activity topic carries.
        org.user(userId).ifPresent(user -> streaming.publish("v2.users." + userId + ".activity",
                () -> activityBody(user, user.status())));
    }

    @Override
    public void conversationChanged(EmUser user, EmConversation conversation) {
        String prefix = "v2.users." + user.id();
        streaming.publish(prefix + ".conversations", () -> ConversationWire.event(conversation,
                conversation.queueId() == null ? "" : org.queue(conversation.queueId()).map(EmQueue::name)
                        .orElse(""), user.name()));
        streaming.publish(prefix + ".conversationsummary", () -> ConversationWire.summary(user.id(),
                org.conversationsOf(user.id())));
    }

    /**
     * An agent's adherence record changed: published on their management unit's adherence topic, shaped as
     * {@code WfmUserScheduleAdherenceUpdatedMuTopicUserScheduleAdherenceUpdate} (wire notes, "Workforce
     * management and adherence").
     */
    @Override
    public void adherenceChanged(Adherence adherence, EmUser user) {
        String topic = "v2.workforcemanagement.managementunits." + adherence.managementUnitId() + ".adherence";
        if (!channels.hasSubscribers(topic)) {
            return;
        }
        EmUser.Status status = user.status();
        streaming.publish(topic, () -> AdherenceWire.update(adherence, user, status,
                org.activeQueueIdsOf(user.id())));
    }

    /**
     * Publishes a queue's observation if anyone listens, as Genesys groups it: one notification for the members
     * (group {@code {queueId}}: on queue, routing statuses) and one per media with conversations waiting or
     * connected (group {@code {queueId, mediaType}}: waiting, interacting; voice always), each only when it differs
     * from the last one sent.
     */
    public void queueTraffic(EmQueue queue, EmQueue.Traffic traffic) {
        String topic = "v2.analytics.queues." + queue.id() + ".observations";
        if (!channels.hasSubscribers(topic)) {
            // Counting members' statuses every second is only worth it for a queue someone watches.
            return;
        }
        MemberStatuses members = MemberStatuses.of(org, queue);
        int onQueue = members.onQueue();
        Map<RoutingStatus, Integer> statuses = members.byStatus();
        Instant now = org.clock().instant();
        publishGroup(topic, queue.id(), null, onQueue + "/" + statuses, now, metrics -> {
            Json.countMetric(metrics, "oOnQueueUsers", null, onQueue);
            statuses.forEach((status, count) -> Json.countMetric(metrics, "oUserRoutingStatuses", status.name(),
                    count));
        });
        for (MediaType media : MediaType.values()) {
            if (!traffic.observed(media) && !lastObservation.containsKey(groupKey(queue.id(), media))) {
                continue; // a media this queue has never had work on (once it had, its zeros are news)
            }
            int waiting = traffic.waiting(media).size();
            int interacting = traffic.interactingByMedia().getOrDefault(media, 0);
            publishGroup(topic, queue.id(), media, waiting + "/" + interacting, now, metrics -> {
                Json.countMetric(metrics, "oWaiting", null, waiting);
                Json.countMetric(metrics, "oInteracting", null, interacting);
            });
        }
    }

    /** The last-sent key of a queue's observation group: its members' one (media null), or a media's. */
    private static String groupKey(String queueId, MediaType media) {
        return queueId + "/" + (media == null ? "members" : media);
    }

    private void publishGroup(String topic, String queueId, MediaType media, String fingerprint, Instant now,
            Consumer<ArrayNode> fill) {
        if (Objects.equals(lastObservation.put(groupKey(queueId, media), fingerprint), fingerprint)) {
            return;
        }
        ObjectNode body = Json.object();
        ObjectNode group = body.putObject("group");
        group.put("queueId", queueId);
        if (media != null) {
            group.put("mediaType", media.analyticsName());
        }
        ObjectNode data = body.putArray("data").addObject();
        Instant start = now.truncatedTo(ChronoUnit.HOURS).plus(now.atZone(ZoneOffset.UTC).getMinute() >= 30
                ? 30 : 0, ChronoUnit.MINUTES);
        data.put("interval", Json.date(start) + "/" + Json.date(start.plus(30, ChronoUnit.MINUTES)));
        fill.accept(data.putArray("metrics"));
        streaming.publish(topic, () -> body);
    }

    private ObjectNode presenceBody(EmUser.Status status) {
        PresenceCatalog.Entry entry = org.presences().of(status.presence());
        ObjectNode body = Json.object();
        body.put("source", "PURECLOUD");
        ObjectNode definition = body.putObject("presenceDefinition");
        definition.put("id", entry.id());
        definition.put("systemPresence", entry.eventName());
        body.put("primary", true);
        body.put("message", "");
        body.put("modifiedDate", Json.date(status.presenceModified()));
        return body;
    }

    private static ObjectNode routingStatus(EmUser.Status status) {
        ObjectNode routing = Json.object();
        routing.put("status", status.routingStatus().name());
        routing.put("startTime", Json.date(status.routingStart()));
        return routing;
    }

    private ObjectNode activityBody(EmUser user, EmUser.Status status) {
        PresenceCatalog.Entry entry = org.presences().of(status.presence());
        ObjectNode body = Json.object();
        body.put("id", user.id());
        body.set("routingStatus", routingStatus(status));
        ObjectNode presence = body.putObject("presence");
        ObjectNode definition = presence.putObject("presenceDefinition");
        definition.put("id", entry.id());
        definition.put("systemPresence", entry.eventName());
        presence.put("presenceMessage", "");
        presence.put("modifiedDate", Json.date(status.presenceModified()));
        ObjectNode outOfOffice = body.putObject("outOfOffice");
        outOfOffice.put("active", false);
        ArrayNode queueIds = body.putArray("activeQueueIds");
        org.activeQueueIdsOf(user.id()).stream().sorted().forEach(queueIds::add);
        return body;
    }
}
