package io.floorwatch.domain;

/**
 * The weights of the queue priority score (DESIGN section 8): the upstream service's defaults are wait 0.5,
 * inverse availability 0.3, abandon rate 0.2. Weights are used relative to their sum.
 */
public record ScoreWeights(double waitWeight, double availabilityWeight, double abandonWeight) {
    public ScoreWeights {
        if (!valid(waitWeight) || !valid(availabilityWeight) || !valid(abandonWeight)) {
            throw new IllegalArgumentException("score weights must be finite and not negative (wait " + waitWeight
                    + ", availability " + availabilityWeight + ", abandon " + abandonWeight + ")");
        }
        if (waitWeight + availabilityWeight + abandonWeight <= 0) {
            throw new IllegalArgumentException("at least one score weight must be above zero");
        }
    }

    private static boolean valid(double weight) {
        return weight >= 0 && Double.isFinite(weight);
    }

    public static ScoreWeights defaults() {
        return new ScoreWeights(0.5, 0.3, 0.2);
    }

    double sum() {
        return waitWeight + availabilityWeight + abandonWeight;
    }
}
