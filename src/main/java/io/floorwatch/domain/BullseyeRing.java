package io.floorwatch.domain;

import java.util.List;

/**
 * One bullseye ring: after {@code expandAfterSeconds} in the queue the search widens to the next ring, dropping the
 * skills named (Genesys' {@code bullseye.rings[].expansionCriteria TIMEOUT_SECONDS} and
 * {@code actions.skillsToRemove}).
 */
public record BullseyeRing(double expandAfterSeconds, List<String> skillsRemoved) {
    public BullseyeRing {
        skillsRemoved = skillsRemoved == null ? List.of() : List.copyOf(skillsRemoved);
    }
}
