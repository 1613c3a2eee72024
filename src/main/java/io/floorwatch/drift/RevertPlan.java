package io.floorwatch.drift;

import java.util.List;

/**
 * What reverting some drift rows would write, step by step, as the supervisor previews it. A step with a
 * refusal is not written, and says why.
 *
 * @param live the org as read for this plan; the writes check it is still so
 */
public record RevertPlan(ConfigSnapshot baseline, OrgSnapshot live, List<Step> steps) {
    /** One row's write. */
    public record Step(DriftRow row, String write, String refusal) {
        public boolean possible() {
            return refusal.isEmpty();
        }
    }

    public RevertPlan {
        steps = List.copyOf(steps);
    }

    public long possibleSteps() {
        return steps.stream().filter(Step::possible).count();
    }
}
