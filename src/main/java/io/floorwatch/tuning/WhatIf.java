package io.floorwatch.tuning;

import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.QueueAggregate;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.genesys.GenesysGateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The what-if projection of a skill plan (issue 24): for each queue the plan touches, the service level and ASA
 * Erlang C gives for the last half hour's work with the agents who serve it now and with those who would after the
 * plan; and, once a time-box has ended, what was measured during it. Reads Genesys: one aggregates query for the
 * queues, and each touched queue for its service-level time.
 */
public final class WhatIf {
    /** The work the projection assumes continues: recent enough to be today's, long enough to be more than noise. */
    static final Duration WINDOW = Duration.ofMinutes(30);
    /** The media whose service-level time is the target: Erlang C is a model of calls. */
    private static final String VOICE = "call";

    private final GenesysGateway gateway;
    private final Clock clock;

    public WhatIf(GenesysGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    /**
     * The projection of the plan.
     *
     * @param floor       the agents on the floor, with their activity and queues (taken from the live state)
     * @param queueNames  queue id to name
     * @param queueSkills queue id to the skill its interactions require (the latest queue samples'
     *                    {@code QueueSnapshot.skillId()}); a queue with none is not projected
     * @param held        every agent's skills now, by agent id: the agents outside the plan serve as they are
     */
    public WhatIfReport project(SkillPlan plan, Collection<FloorAgent> floor, Map<String, String> queueNames,
            Map<String, String> queueSkills, Map<String, List<SkillAssignment>> held) {
        Instant now = clock.instant();
        List<String> touched = List.copyOf(WhatIfModel.touched(plan, queueSkills).keySet());
        Map<String, QueueAggregate> work = touched.isEmpty() ? Map.of()
                : gateway.conversations().aggregates(touched, now.minus(WINDOW), now);
        Map<String, Long> targets = new HashMap<>();
        for (String queueId : touched) {
            MediaSettings voice = gateway.queue(queueId).settings().media().get(VOICE);
            if (voice != null && voice.serviceLevelDurationMs() != null) {
                targets.put(queueId, voice.serviceLevelDurationMs());
            }
        }
        return WhatIfModel.report(plan, floor, queueNames, queueSkills, held, work, targets, WINDOW, now);
    }

    /**
     * The projection with the service level and ASA measured from {@code from} to {@code to} (a time-box's span)
     * in place of the half hour before it.
     */
    public WhatIfReport measure(WhatIfReport projection, Instant from, Instant to) {
        List<String> queueIds = projection.queues().stream().map(QueueProjection::queueId).toList();
        Map<String, QueueAggregate> work = queueIds.isEmpty() ? Map.of()
                : gateway.conversations().aggregates(queueIds, from, to);
        return new WhatIfReport(projection.model(), projection.assumptions(), projection.at(),
                projection.queues().stream().map(q -> WhatIfModel.measured(q, work.get(q.queueId()), from, to))
                        .toList());
    }
}
