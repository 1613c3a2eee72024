package io.floorwatch.provisioning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;

import java.time.Instant;

/**
 * The JSON notice of a created queue for the change webhook: what was created, by whom, when, with a plain
 * {@code text} line so a chat webhook shows it too.
 */
public final class QueueNotices {
    private static final ObjectMapper JSON = JsonMappers.COMPACT;

    private QueueNotices() {
    }

    public static String created(QueueOutcome outcome, String actor, Instant at) {
        ObjectNode notice = JSON.createObjectNode();
        notice.put("event", "queue.created");
        notice.put("text", "Floorwatch created the queue " + outcome.name() + " (" + outcome.members()
                + " members) for " + actor);
        ObjectNode queue = notice.putObject("queue");
        queue.put("id", outcome.queueId());
        queue.put("name", outcome.name());
        notice.put("members", outcome.members());
        notice.put("actor", actor);
        notice.put("at", at.toString());
        return notice.toString();
    }
}
