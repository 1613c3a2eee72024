package io.floorwatch.domain;

/**
 * A queue's settings for one media type; null means "not set", so a replace keeps Genesys' default.
 *
 * @param serviceLevelPercentage 0.0 to 1.0
 */
public record MediaSettings(Integer alertingTimeoutSeconds, Double serviceLevelPercentage, Long serviceLevelDurationMs) {
}
