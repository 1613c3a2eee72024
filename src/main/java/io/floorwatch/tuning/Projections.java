package io.floorwatch.tuning;

import io.floorwatch.domain.QueueSample;
import io.floorwatch.genesys.GenesysGateway;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The what-if of a plan against the floor and the queues as they are now, on one connection: which skill each queue
 * asks for comes from its latest sample, the agents and their activity from the live floor, everyone's skills from
 * one paged read, and the work from Genesys (see {@link WhatIf}). Built once per connection, as
 * {@link Recommendations} is; the floor and queue facts are read at each projection.
 */
public final class Projections {
    private final WhatIf whatIf;
    private final GenesysGateway gateway;
    private final Supplier<Collection<QueueSample>> latest;
    private final Supplier<Map<String, String>> queueNames;
    private final Supplier<Collection<FloorAgent>> floor;

    public Projections(GenesysGateway gateway, Supplier<Collection<QueueSample>> latest,
            Supplier<Map<String, String>> queueNames, Supplier<Collection<FloorAgent>> floor, Clock clock) {
        this.whatIf = new WhatIf(gateway, clock);
        this.gateway = gateway;
        this.latest = latest;
        this.queueNames = queueNames;
        this.floor = floor;
    }

    /** Does IO (everyone's skills, the queues' work): call it off the FX thread. */
    public WhatIfReport project(SkillPlan plan) {
        Map<String, String> queueSkills = new HashMap<>();
        latest.get().forEach(sample -> {
            if (sample.snapshot().skillId() != null) {
                queueSkills.put(sample.snapshot().queueId(), sample.snapshot().skillId());
            }
        });
        return whatIf.project(plan, floor.get(), queueNames.get(), queueSkills, gateway.directory().userSkills());
    }

    /** The projection (its JSON) with what was measured from {@code from} to {@code to}, as JSON; IO. */
    public String measure(String projection, Instant from, Instant to) {
        return WhatIfReports.toJson(whatIf.measure(WhatIfReports.fromJson(projection), from, to));
    }
}
