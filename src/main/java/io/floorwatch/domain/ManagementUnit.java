package io.floorwatch.domain;

import java.util.Objects;

/**
 * A workforce-management unit: the agents scheduled together, in one business unit and time zone. Adherence is
 * published per management unit, so one topic covers all its agents.
 */
public record ManagementUnit(String id, String name, String businessUnitId, String timeZone) {
    public ManagementUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(businessUnitId, "businessUnitId");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
