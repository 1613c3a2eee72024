package io.floorwatch.tuning;

/**
 * One queue in a what-if projection: the work it had in the last half hour, the agents who would serve it now and
 * after the skill plan, what Erlang C makes of each, and what was measured. A figure that cannot be known is null.
 *
 * @param skillName      the skill the queue's interactions require, the one the plan changes
 * @param offeredPerHour the arrival rate of the last 30 minutes, per hour
 * @param ahtSeconds     the average handle time of the last 30 minutes; null when nothing was handled
 * @param targetSeconds  the service-level target time the levels are computed for
 * @param agentsNow      members on queue now who hold the skill
 * @param agentsAfter    the same with the plan's skills
 * @param slNow          the modelled share answered within the target now, 0 to 1; 0 when overloaded
 * @param asaNow         the modelled average speed of answer now, seconds; null when overloaded or unknown
 * @param measuredSl     the measured service level over the window the note names, 0 to 1
 * @param measuredAsa    the measured average speed of answer over that window, seconds
 * @param note           what the figures rest on beyond the model's assumptions, "; "-separated; never null
 */
public record QueueProjection(String queueId, String queueName, String skillName, double offeredPerHour,
        Double ahtSeconds, double targetSeconds, int agentsNow, int agentsAfter, Double slNow, Double slAfter,
        Double asaNow, Double asaAfter, Double measuredSl, Double measuredAsa, String note) {
    public QueueProjection {
        note = note == null ? "" : note;
    }

    /** The traffic in Erlangs (arrival rate times handle time); null without a handle time. */
    public Double erlangs() {
        return ahtSeconds == null ? null : ErlangC.trafficIntensity(offeredPerHour / 3600, ahtSeconds);
    }

    /** Whether the agents on queue now are too few for the work: the queue grows without bound. */
    public boolean overloadedNow() {
        return overloaded(agentsNow);
    }

    /** Whether the agents after the plan would be too few for the work. */
    public boolean overloadedAfter() {
        return overloaded(agentsAfter);
    }

    private boolean overloaded(int agents) {
        Double erlangs = erlangs();
        return erlangs != null && erlangs > 0 && agents <= erlangs;
    }

    /** The same projection with other measured figures and note. */
    public QueueProjection withMeasured(Double sl, Double asa, String newNote) {
        return new QueueProjection(queueId, queueName, skillName, offeredPerHour, ahtSeconds, targetSeconds, agentsNow,
                agentsAfter, slNow, slAfter, asaNow, asaAfter, sl, asa, newNote);
    }
}
