package io.floorwatch.provisioning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;

import java.time.Instant;

/**
 * The JSON notices of created and edited queues for the change webhook: what changed, by whom, when, with a plain
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

    public static String updated(QueueEdited edit, String actor, Instant at) {
        ObjectNode notice = JSON.createObjectNode();
        notice.put("event", "queue.updated");
        notice.put("text", "Floorwatch changed " + edit.changes().size() + (edit.changes().size() == 1 ? " field"
                : " fields") + " of the queue " + edit.name() + " for " + actor + ": " + String.join("; ",
                edit.changes().stream().map(FieldChange::toString).toList()));
        ObjectNode queue = notice.putObject("queue");
        queue.put("id", edit.queueId());
        queue.put("name", edit.name());
        ArrayNode changes = notice.putArray("changes");
        for (FieldChange change : edit.changes()) {
            changes.addObject().put("field", change.column()).put("before", change.before())
                    .put("after", change.after());
        }
        notice.put("actor", actor);
        notice.put("at", at.toString());
        return notice.toString();
    }
}
