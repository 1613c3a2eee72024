package io.floorwatch.emulator.sim;

import io.floorwatch.domain.MediaType;

import java.util.Random;

/**
 * How long each media's interactions take, in simulated seconds, and how customers behave while they wait. Talk
 * times are log-normal around a typical length, with a small share of long ones (so the floor's long-handle
 * highlights have real cases); voice has holds, a few long; after-call work is short with a long tail; callers
 * abandon after an exponential patience, chat customers later, and callbacks, emails and messages wait.
 *
 * @param talkSeconds  typical time connected to the customer
 * @param longShare    share of interactions that run about four times as long
 * @param holdShare    share put on hold once (voice and callbacks only)
 * @param acwSeconds   typical after-call work
 * @param patience     mean patience in the queue before abandoning; 0 for media that do not abandon
 * @param concurrency  how many at once an agent handles on average (for staffing the demand)
 */
record MediaProfile(double talkSeconds, double longShare, double holdShare, double acwSeconds, double patience,
        double concurrency) {
    static MediaProfile of(MediaType media) {
        return switch (media) {
            case CALL -> new MediaProfile(270, 0.04, 0.25, 45, 150, 1);
            case CALLBACK -> new MediaProfile(240, 0.03, 0.2, 45, 0, 1);
            case CHAT -> new MediaProfile(540, 0.03, 0, 30, 300, 2.2);
            case EMAIL -> new MediaProfile(480, 0.02, 0, 60, 0, 1);
            case MESSAGE -> new MediaProfile(900, 0.02, 0, 20, 0, 2.8);
        };
    }

    /** Agent-seconds of work one interaction takes, shared by the interactions handled alongside it. */
    double workSeconds() {
        return (talkSeconds * (1 + 3 * longShare) + holdShare * 60 + acwSeconds) / concurrency;
    }

    double talk(Random random) {
        double typical = talkSeconds * Math.exp(random.nextGaussian() * 0.45 - 0.1);
        return Math.max(20, random.nextDouble() < longShare ? typical * 4 : typical);
    }

    /** How long a hold lasts: most under two minutes, one in ten five to seven. */
    double hold(Random random) {
        return random.nextDouble() < 0.1 ? 300 + random.nextDouble() * 120 : 20 + random.nextDouble() * 90;
    }

    double afterCallWork(Random random) {
        double typical = acwSeconds * (0.5 + random.nextDouble());
        return random.nextDouble() < 0.06 ? typical * 5 + 120 : typical;
    }

    /** Simulated seconds this customer waits before giving up; infinite for media that do not abandon. */
    double patience(Random random) {
        return patience <= 0 ? Double.POSITIVE_INFINITY : -patience * Math.log(1 - random.nextDouble());
    }
}
