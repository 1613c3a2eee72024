package io.floorwatch.domain;

/**
 * A queue's priority score in [0, 1] and its parts, each normalised to [0, 1] before weighting:
 * <ul>
 *   <li>wait: the longest wait against the queue's service-level target, capped at 1;</li>
 *   <li>availability: {@code 1 / (1 + agents available)}, 1 when nobody is free;</li>
 *   <li>abandon: the abandon rate (0 when the source does not know it).</li>
 * </ul>
 * The parts are kept so a recommendation can show why a queue ranks where it does.
 */
public record QueueScore(double score, double waitTerm, double availabilityTerm, double abandonTerm) {
    /** Service-level target used when the queue has none: 20 seconds, the common 80/20 standard. */
    public static final double DEFAULT_TARGET_SECONDS = 20;

    public static QueueScore of(QueueSnapshot snapshot, ScoreWeights weights, double targetSeconds) {
        double target = targetSeconds > 0 && Double.isFinite(targetSeconds) ? targetSeconds : DEFAULT_TARGET_SECONDS;
        double wait = clamp(snapshot.waitTimeSeconds() / target);
        double availability = 1.0 / (1 + Math.max(0, snapshot.agentsAvailable()));
        double abandon = snapshot.abandonedRate() == null ? 0 : clamp(snapshot.abandonedRate());
        double score = (weights.waitWeight() * wait + weights.availabilityWeight() * availability
                + weights.abandonWeight() * abandon)
                / weights.sum();
        return new QueueScore(clamp(score), wait, availability, abandon);
    }

    private static double clamp(double value) {
        if (!(value > 0)) {
            return 0;
        }
        return Math.min(1, value);
    }
}
