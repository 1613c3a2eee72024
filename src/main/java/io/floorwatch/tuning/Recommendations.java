package io.floorwatch.tuning;

import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.genesys.GenesysGateway;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Skill recommendations for the floor and the queues as they are now, on one connection: reads the org's skills
 * (one call) and asks the recommender. Built once per connection; the floor and queue facts are read each time.
 */
public final class Recommendations {
    private final GenesysGateway gateway;
    private final Supplier<Collection<QueueSample>> latest;
    private final Supplier<Map<String, String>> queueNames;
    private final Supplier<Collection<FloorAgent>> floor;
    private final Recommender recommender;
    private final Clock clock;

    public Recommendations(GenesysGateway gateway, Supplier<Collection<QueueSample>> latest,
            Supplier<Map<String, String>> queueNames, Supplier<Collection<FloorAgent>> floor,
            Recommender recommender, Clock clock) {
        this.gateway = gateway;
        this.latest = latest;
        this.queueNames = queueNames;
        this.floor = floor;
        this.recommender = recommender;
        this.clock = clock;
    }

    /** Does IO (the org's skills): call it off the FX thread. */
    public List<Recommendation> recommend(Map<String, List<SkillAssignment>> held) {
        Map<String, Skill> skills = new HashMap<>();
        gateway.allSkills().forEach(s -> skills.put(s.id(), s));
        return recommender.recommend(latest.get(), queueNames.get(), floor.get(), skills, held, clock.instant());
    }
}
