package io.floorwatch.timebox;

import io.floorwatch.tuning.SkillPlan;

import java.time.Instant;
import java.util.Objects;

/**
 * What a supervisor asks for: a plan applied from {@code startsAt} (null: now) until {@code endsAt}, with the
 * what-if made before it (JSON; empty when none could be made).
 */
public record TimeBoxRequest(String title, SkillPlan plan, Instant startsAt, Instant endsAt, String projection) {
    public TimeBoxRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(endsAt, "endsAt");
        title = title == null ? "" : title.trim();
        projection = projection == null ? "" : projection;
    }
}
