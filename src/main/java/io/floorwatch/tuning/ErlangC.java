package io.floorwatch.tuning;

/**
 * The Erlang C model of a queue (M/M/N: Poisson arrivals, exponential handle times, N agents, callers who wait as
 * long as it takes, first come first served): the probability that a caller waits, the service level within a
 * target and the average speed of answer. Pure arithmetic; the what-if projection feeds it live figures.
 *
 * <p>With N at or below the traffic A the queue grows without bound: the model has no steady state, so such a
 * queue is reported as overloaded (every caller waits, service level 0, no finite ASA) rather than as the negative
 * or NaN figures the closed forms would give.
 */
public final class ErlangC {
    private ErlangC() {
    }

    /**
     * What the model says for one staffing of one queue.
     *
     * @param erlangs         the traffic A (arrival rate times average handle time)
     * @param waitProbability the share of callers who wait at all, 0 to 1
     * @param serviceLevel    the share answered within the target, 0 to 1
     * @param asaSeconds      the average wait of all callers; null when overloaded
     * @param overloaded      no more agents than the traffic: the queue grows without bound
     */
    public record Result(int agents, double erlangs, double waitProbability, double serviceLevel, Double asaSeconds,
            boolean overloaded) {
    }

    /** A = λ·AHT, in Erlangs: how many agents the work keeps busy on average. */
    public static double trafficIntensity(double arrivalsPerSecond, double ahtSeconds) {
        return Math.max(0, arrivalsPerSecond) * Math.max(0, ahtSeconds);
    }

    /**
     * Erlang B, the blocking probability of N servers and A Erlangs, by the recursion
     * B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)): every step stays between 0 and 1, so it neither overflows nor
     * loses precision where the textbook form's A^N/N! would at a few hundred agents.
     */
    static double erlangB(int agents, double erlangs) {
        double b = 1.0;
        for (int k = 1; k <= agents; k++) {
            b = erlangs * b / (k + erlangs * b);
        }
        return b;
    }

    /** C(N, A): the share of callers who wait; 1 when overloaded, 0 when no work arrives. */
    public static double waitProbability(int agents, double erlangs) {
        if (erlangs <= 0) {
            return 0;
        }
        if (agents <= erlangs) {
            return 1;
        }
        double b = erlangB(agents, erlangs);
        return agents * b / (agents - erlangs * (1 - b));
    }

    /** The model's figures for N agents, A Erlangs, this average handle time and service-level target. */
    public static Result of(int agents, double erlangs, double ahtSeconds, double targetSeconds) {
        if (erlangs <= 0) {
            return new Result(agents, 0, 0, 1, 0.0, false);
        }
        if (agents <= erlangs) {
            return new Result(agents, erlangs, 1, 0, null, true);
        }
        double c = waitProbability(agents, erlangs);
        double spare = agents - erlangs;
        // SL(T) = 1 − C·e^(−(N−A)·T/AHT); ASA = C·AHT/(N−A)
        double serviceLevel = 1 - c * Math.exp(-spare * targetSeconds / ahtSeconds);
        return new Result(agents, erlangs, c, serviceLevel, c * ahtSeconds / spare, false);
    }
}
