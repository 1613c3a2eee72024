package io.floorwatch.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * A queue's settings for one media type; null means "not set", so a replace keeps what Genesys has.
 *
 * @param serviceLevelPercentage      0.0 to 1.0
 * @param enableAutoAnswer            whether interactions of this media are answered for the agent
 * @param autoAnswerAlertToneSeconds  how long the alert tone plays before an auto-answer
 * @param manualAnswerAlertToneSeconds how long the alert tone plays for a manual answer
 * @param subTypeAutoAnswer           per sub-type ("sms", "whatsapp", ...), whether it is auto-answered
 *                                    ({@code subTypeSettings}); null or empty when none is set
 */
public record MediaSettings(Integer alertingTimeoutSeconds, Double serviceLevelPercentage, Long serviceLevelDurationMs,
        Boolean enableAutoAnswer, Double autoAnswerAlertToneSeconds, Double manualAnswerAlertToneSeconds,
        Map<String, Boolean> subTypeAutoAnswer) {
    public MediaSettings {
        subTypeAutoAnswer = subTypeAutoAnswer == null || subTypeAutoAnswer.isEmpty() ? null
                : new TreeMap<>(subTypeAutoAnswer);
    }

    /** The alerting timeout and service level only; the answering settings left as Genesys has them. */
    public MediaSettings(Integer alertingTimeoutSeconds, Double serviceLevelPercentage, Long serviceLevelDurationMs) {
        this(alertingTimeoutSeconds, serviceLevelPercentage, serviceLevelDurationMs, null, null, null, null);
    }
}
