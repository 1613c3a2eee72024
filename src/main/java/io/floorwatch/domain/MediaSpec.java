package io.floorwatch.domain;

/**
 * A queue's settings for one media type, as a spec states them (null: Genesys' default).
 *
 * @param serviceLevelPercentage 0.0 to 1.0: the share answered within the duration
 */
public record MediaSpec(Integer alertingTimeoutSeconds, Double serviceLevelPercentage,
        Integer serviceLevelDurationSeconds) {
}
