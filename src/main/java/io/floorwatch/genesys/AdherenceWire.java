package io.floorwatch.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.model.UserScheduleAdherence;
import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Adherence records off the wire (wire notes, "Workforce management and adherence"): the REST read's
 * {@code UserScheduleAdherence} and the management-unit topic's event body, which differ only in the change
 * time's name ({@code timeOfAdherenceChange} against {@code adherenceChangeTime}). A value this build does not
 * know reads as unknown (state, impact) or unscheduled (category) rather than dropping the record.
 */
final class AdherenceWire {
    private AdherenceWire() {
    }

    /** A REST record; empty without a user. {@code readAt} stands in for a missing change time. */
    static Optional<Adherence> fromRecord(UserScheduleAdherence record, String managementUnitId, Instant readAt) {
        if (record.getUser() == null || record.getUser().getId() == null) {
            return Optional.empty();
        }
        String unit = record.getManagementUnit() != null && record.getManagementUnit().getId() != null
                ? record.getManagementUnit().getId() : managementUnitId;
        Instant changed = record.getTimeOfAdherenceChange() != null
                ? record.getTimeOfAdherenceChange().toInstant() : readAt;
        return Optional.of(new Adherence(record.getUser().getId(), unit,
                category(text(record.getScheduledActivityCategory())),
                record.getScheduledActivityCode() == null ? null : record.getScheduledActivityCode().getId(),
                category(text(record.getActualActivityCategory())), state(text(record.getAdherenceState())),
                impact(text(record.getImpact())), changed, Boolean.TRUE.equals(record.getRemovedFromManagementUnit())));
    }

    /**
     * A topic event's body; the unit is the body's {@code managementUnitId}, else the topic's.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    static Adherence fromEvent(JsonNode body, String topicUnitId) {
        String userId = body.path("user").path("id").asText("");
        if (userId.isEmpty()) {
            throw new IllegalArgumentException("adherence event without user.id");
        }
        String changedText = body.path("adherenceChangeTime").asText("");
        if (changedText.isEmpty()) {
            throw new IllegalArgumentException("adherence event for " + userId + " without adherenceChangeTime");
        }
        Instant changed;
        try {
            changed = WireTimes.parse(changedText);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("adherence event for " + userId + ": adherenceChangeTime '"
                    + changedText + "' is not an ISO-8601 time", e);
        }
        String unit = body.path("managementUnitId").asText("");
        String code = body.path("scheduledActivityCode").path("id").asText("");
        return new Adherence(userId, unit.isEmpty() ? topicUnitId : unit,
                category(body.path("scheduledActivityCategory").asText(null)), code.isEmpty() ? null : code,
                category(body.path("actualActivityCategory").asText(null)),
                state(body.path("adherenceState").asText(null)), impact(body.path("impact").asText(null)), changed,
                body.path("removedFromManagementUnit").asBoolean(false));
    }

    private static String text(Object wireEnum) {
        return wireEnum == null ? null : wireEnum.toString();
    }

    private static ActivityCategory category(String wire) {
        return ActivityCategory.fromWire(wire).orElse(ActivityCategory.UNSCHEDULED);
    }

    private static AdherenceState state(String wire) {
        return AdherenceState.fromWire(wire).orElse(AdherenceState.UNKNOWN);
    }

    private static AdherenceImpact impact(String wire) {
        return AdherenceImpact.fromWire(wire).orElse(AdherenceImpact.UNKNOWN);
    }
}
