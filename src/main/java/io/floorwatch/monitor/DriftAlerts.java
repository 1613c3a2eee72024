package io.floorwatch.monitor;

import io.floorwatch.domain.AlertCondition;
import io.floorwatch.drift.DriftCheck;
import io.floorwatch.drift.DriftRow;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the scheduled drift check's findings into alerts in the alert center: one alert per new difference,
 * naming the entity and the field (so the toast says what changed), and the alert of a difference that is gone
 * (accepted, reverted, or put back by someone) cleared. A failed check changes nothing.
 */
public final class DriftAlerts implements Consumer<DriftCheck> {
    private final AlertMonitor monitor;

    public DriftAlerts(AlertMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void accept(DriftCheck check) {
        if (check.failed()) {
            return;
        }
        for (DriftRow row : check.newRows()) {
            monitor.raise(key(row), AlertCondition.CONFIG_DRIFT, subject(row), "Configuration", detail(row));
        }
        Set<String> still = new HashSet<>();
        check.rows().forEach(row -> still.add(key(row)));
        monitor.clearRaised(AlertCondition.CONFIG_DRIFT, still);
    }

    static String key(DriftRow row) {
        return "drift:" + row.key();
    }

    /** "Queue Billing", "Skill Spanish", "Agent Ada Lovelace". */
    static String subject(DriftRow row) {
        return switch (row.type()) {
            case QUEUE -> "Queue " + row.entity();
            case SKILL -> "Skill " + row.entity();
            case AGENT_SKILL -> "Agent " + row.entity();
            case UTILIZATION -> "Utilisation of the org";
        };
    }

    /** "description 'Sales line' -> 'Sales'", "skill 'Billing' 3.0 -> 4.5", "removed". */
    static String detail(DriftRow row) {
        String field = row.type() == DriftRow.EntityType.AGENT_SKILL ? "skill '" + row.item() + "'" : row.field();
        if (row.field().equals("*")) {
            return row.change() == DriftRow.Change.ADDED ? "added since the baseline" : "removed since the baseline";
        }
        return switch (row.change()) {
            case ADDED -> field + " added: '" + row.live() + "'";
            case REMOVED -> field + " removed (was '" + row.baseline() + "')";
            case CHANGED -> field + " '" + row.baseline() + "' -> '" + row.live() + "'";
        };
    }
}
