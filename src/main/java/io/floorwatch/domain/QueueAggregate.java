package io.floorwatch.domain;

/**
 * A queue's finished work over an interval, all media together (Genesys' conversation aggregates): what live
 * observations do not carry.
 *
 * @param serviceLevel     answered within the target over answered, 0 to 1; null when nothing was answered
 * @param answered         interactions answered ({@code tAnswered} count)
 * @param answerWaitMillis their waits before the answer, summed ({@code tAnswered} sum)
 * @param handled          interactions handled ({@code tHandle} count)
 * @param handleMillis     their talk, hold and after-call work, summed ({@code tHandle} sum)
 * @param serviceLevelGoal the share the queue means to answer within its target time, 0 to 1
 *                         ({@code oServiceLevel} stats {@code target}, e.g. 0.8); null when not sent. The target
 *                         time itself is not in the aggregates: it is the queue's media setting.
 */
public record QueueAggregate(String queueId, long offered, long abandoned, Double serviceLevel, long answered,
        double answerWaitMillis, long handled, double handleMillis, Double serviceLevelGoal) {

    /** Counts and service level only, as the observation feed reads them. */
    public QueueAggregate(String queueId, long offered, long abandoned, Double serviceLevel) {
        this(queueId, offered, abandoned, serviceLevel, 0, 0, 0, 0, null);
    }

    /** Abandoned over offered, 0 to 1; null when nothing was offered. */
    public Double abandonRate() {
        return offered == 0 ? null : Math.min(1.0, (double) abandoned / offered);
    }

    /** The average speed of answer in seconds; null when nothing was answered. */
    public Double averageAnswerSeconds() {
        return answered == 0 ? null : answerWaitMillis / answered / 1000;
    }

    /** The average handle time in seconds; null when nothing was handled. */
    public Double averageHandleSeconds() {
        return handled == 0 ? null : handleMillis / handled / 1000;
    }
}
