package io.floorwatch.drift;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.base.JsonMappers;

import java.time.Instant;
import java.util.List;

/**
 * The JSON notice of a drift revert for the change webhook: every row it set back to the baseline (entity,
 * field, the value it had and the one it has again) and the rows it could not, by whom, when.
 */
public final class DriftNotices {
    private static final ObjectMapper JSON = JsonMappers.COMPACT;

    private DriftNotices() {
    }

    public static String reverted(List<RevertOutcome> outcomes, String actor, Instant at) {
        long done = outcomes.stream().filter(RevertOutcome::reverted).count();
        ObjectNode notice = JSON.createObjectNode();
        notice.put("event", "drift.reverted");
        notice.put("text", "Floorwatch set " + done + " of " + outcomes.size() + " drifted settings back to the "
                + "baseline for " + actor);
        ArrayNode rows = notice.putArray("rows");
        for (RevertOutcome outcome : outcomes) {
            DriftRow row = outcome.row();
            ObjectNode item = rows.addObject();
            item.put("type", row.type().name());
            item.put("entity", row.entity());
            if (!row.item().isEmpty()) {
                item.put("item", row.item());
            }
            item.put("field", row.field());
            item.put("was", row.live());
            item.put("now", row.baseline());
            item.put("reverted", outcome.reverted());
            item.put("message", outcome.message());
        }
        notice.put("actor", actor);
        notice.put("at", at.toString());
        return notice.toString();
    }
}
