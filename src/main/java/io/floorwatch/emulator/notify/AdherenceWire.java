package io.floorwatch.emulator.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.Json;

import java.util.Set;

/**
 * An adherence record as Genesys sends it (wire notes, "Workforce management and adherence"): the REST read's
 * {@code UserScheduleAdherence} and the unit topic's update differ only in the change time's name.
 */
public final class AdherenceWire {
    private AdherenceWire() {
    }

    /** The management-unit topic's body. */
    public static ObjectNode update(Adherence adherence, EmUser user, EmUser.Status status, Set<String> queueIds) {
        ObjectNode body = common(adherence, user, status, queueIds);
        body.put("managementUnitId", adherence.managementUnitId());
        body.put("adherenceChangeTime", Json.date(adherence.changedAt()));
        return body;
    }

    /** One entity of the unit's adherence read. */
    public static ObjectNode record(Adherence adherence, EmUser user, EmUser.Status status, Set<String> queueIds) {
        ObjectNode body = common(adherence, user, status, queueIds);
        body.put("id", user.id());
        body.put("name", user.name());
        body.putObject("managementUnit").put("id", adherence.managementUnitId());
        body.put("timeOfAdherenceChange", Json.date(adherence.changedAt()));
        return body;
    }

    private static ObjectNode common(Adherence adherence, EmUser user, EmUser.Status status, Set<String> queueIds) {
        ObjectNode body = Json.object();
        body.putObject("user").put("id", user.id());
        ObjectNode team = body.putObject("team");
        team.put("id", user.team().id());
        team.put("name", user.team().name());
        body.put("scheduledActivityCategory", adherence.scheduled().wireName());
        if (adherence.activityCodeId() != null) {
            body.putObject("scheduledActivityCode").put("id", adherence.activityCodeId());
        }
        body.put("systemPresence", presence(status.presence()));
        body.put("routingStatus", status.routingStatus().name());
        body.put("actualActivityCategory", adherence.actual().wireName());
        body.put("isOutOfOffice", false);
        body.put("adherenceState", adherence.state().wireName());
        body.put("impact", adherence.impact().wireName());
        body.put("presenceUpdateTime", Json.date(status.presenceModified()));
        ArrayNode queues = body.putArray("activeQueues");
        queueIds.stream().sorted().forEach(id -> queues.addObject().put("id", id));
        body.put("removedFromManagementUnit", adherence.removed());
        return body;
    }

    /** The record's spelling of a system presence: "OnQueue", "Available" ({@code SystemPresenceEnum}). */
    static String presence(SystemPresence presence) {
        return presence.displayName().replace(" ", "");
    }
}
