package io.floorwatch.tuning;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which queues need help and which agents could give it. A queue needs help when its priority score passes the
 * threshold; what it needs is the skill its metrics name. An agent can help when they are on queue and idle, or
 * available, work that queue (a member, or in a team with members in it), do not yet hold the skill at the
 * proposed proficiency, and have room under the capacity limit. Members of the queue come first, then whoever has
 * been free longest; each agent is proposed once.
 */
public final class Recommender {
    /** Proposed proficiency for a new or raised skill: a solid middle, which the supervisor can tune. */
    public static final double PROPOSED = 3.0;

    private final double threshold;
    private final int perQueue;
    private final int maxSkillsPerAgent;

    /**
     * @param threshold         a score at or above this needs help (0.5 by default: the Queues screen's warning)
     * @param perQueue          at most this many agents proposed per queue
     * @param maxSkillsPerAgent the capacity rule (5 by default, at most 50)
     */
    public Recommender(double threshold, int perQueue, int maxSkillsPerAgent) {
        this.threshold = threshold;
        this.perQueue = perQueue;
        this.maxSkillsPerAgent = Math.min(SkillPlan.CEILING, maxSkillsPerAgent);
    }

    public static Recommender standard() {
        return new Recommender(0.5, 3, SkillPlan.DEFAULT_MAX_SKILLS);
    }

    /**
     * @param queueNames queue id to name
     * @param skills     the org's skills by id
     * @param held       every agent's skills with proficiency, by agent id
     */
    public List<Recommendation> recommend(Collection<QueueSample> latest, Map<String, String> queueNames,
            Collection<FloorAgent> agents, Map<String, Skill> skills, Map<String, List<SkillAssignment>> held,
            Instant now) {
        List<QueueSample> hot = latest.stream().filter(s -> s.score().score() >= threshold)
                .sorted(Comparator.comparingDouble((QueueSample s) -> s.score().score()).reversed()).toList();
        List<Recommendation> proposals = new ArrayList<>();
        Set<String> proposed = new HashSet<>();
        for (QueueSample sample : hot) {
            String queueName = queueNames.getOrDefault(sample.snapshot().queueId(), sample.snapshot().queueId());
            Skill skill = sample.snapshot().skillId() == null ? null : skills.get(sample.snapshot().skillId());
            if (skill == null || skill.state() != SkillState.ACTIVE) {
                continue; // the metrics name no skill the org can give
            }
            Set<String> teamsWorkingIt = new HashSet<>();
            agents.stream().filter(a -> a.queues().contains(queueName)).forEach(a -> teamsWorkingIt.add(a.agent()
                    .team()));
            List<FloorAgent> candidates = agents.stream()
                    .filter(a -> a.activity() == Activity.IDLE || a.activity() == Activity.AVAILABLE)
                    .filter(a -> a.queues().contains(queueName) || !a.agent().team().isEmpty()
                            && teamsWorkingIt.contains(a.agent().team()))
                    .filter(a -> !proposed.contains(a.id()))
                    .sorted(Comparator.comparing((FloorAgent a) -> !a.queues().contains(queueName))
                            .thenComparing(a -> a.since() == null ? now : a.since()))
                    .toList();
            int taken = 0;
            for (FloorAgent agent : candidates) {
                if (taken >= perQueue) {
                    break;
                }
                List<SkillAssignment> theirs = held.getOrDefault(agent.id(), List.of());
                SkillAssignment current = theirs.stream().filter(s -> s.skillId().equals(skill.id())).findFirst()
                        .orElse(null);
                if (current != null && current.proficiency() >= PROPOSED) {
                    continue;
                }
                if (current == null && theirs.size() >= maxSkillsPerAgent) {
                    continue;
                }
                proposals.add(new Recommendation(agent.id(), agent.agent().name(), queueName, skill.id(), skill.name(),
                        current == null ? null : current.proficiency(), PROPOSED,
                        reason(queueName, sample.score(), agent, queueName, now)));
                proposed.add(agent.id());
                taken++;
            }
        }
        return proposals;
    }

    private static String reason(String queue, QueueScore score, FloorAgent agent, String queueName, Instant now) {
        String free = agent.since() == null ? "" : " for " + minutes(Duration.between(agent.since(), now));
        String tie = agent.queues().contains(queueName) ? "a member of " + queue : "in " + agent.agent().team()
                + ", which works " + queue;
        return String.format(Locale.ROOT, "%s needs help: score %.2f = wait %.2f + availability %.2f + abandon %.2f; "
                + "%s has been %s%s and is %s", queue, score.score(), score.waitTerm(), score.availabilityTerm(),
                score.abandonTerm(), agent.agent().name(), agent.activity().label().toLowerCase(Locale.ROOT), free,
                tie);
    }

    private static String minutes(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        return minutes + " min";
    }

    /** The recommendations as a plan: each agent's preview is what they hold now, the target adds the change. */
    public SkillPlan plan(List<Recommendation> recommendations, Map<String, List<SkillAssignment>> held) {
        Map<String, SkillPlan.Agent> byAgent = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            SkillPlan.Agent part = byAgent.get(r.agentId());
            List<SkillAssignment> preview = held.getOrDefault(r.agentId(), List.of());
            List<SkillAssignment> target = new ArrayList<>(part == null ? preview : part.target());
            target.removeIf(s -> s.skillId().equals(r.skillId()));
            target.add(new SkillAssignment(r.skillId(), r.skillName(), r.toProficiency(), SkillState.ACTIVE));
            byAgent.put(r.agentId(), new SkillPlan.Agent(r.agentId(), r.agentName(), preview, target));
        }
        return new SkillPlan(maxSkillsPerAgent, List.copyOf(byAgent.values()));
    }
}
