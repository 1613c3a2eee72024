package io.floorwatch.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One alert rule: raise when an agent meets {@code condition} for longer than {@code thresholdSeconds}.
 * A rule may be scoped to teams, queues and roles (the user's title in Genesys); an empty list means "any".
 * For one agent and one condition the first enabled rule in the list whose scope takes the agent applies, so
 * a group's own threshold (supervisors on break, say) goes before the floor-wide one.
 *
 * @param thresholdSeconds 0 means as soon as the state has held for the minimum dwell
 * @param media            for the interaction conditions, the media the rule watches (empty: any); a state
 *                         condition ignores it
 * @param activities       for {@link AlertCondition#OUT_OF_ADHERENCE}, the scheduled activities the rule watches
 *                         (empty: any); other conditions ignore it
 * @param quiet            its alerts show in the alert center (and go to the webhook) but make no toast and no
 *                         sound: for a rule a supervisor wants on record without being interrupted. Named for the
 *                         exception so a settings file written before it existed reads as "toasts on"
 */
public record AlertRule(String name, AlertCondition condition, long thresholdSeconds, List<String> teams,
        List<String> queues, List<String> roles, boolean enabled, boolean quiet, List<MediaType> media,
        List<ActivityCategory> activities) {
    /** The longest threshold a rule may have: a shift. */
    public static final long MAX_THRESHOLD_SECONDS = 24 * 3600;

    public AlertRule {
        Objects.requireNonNull(condition, "condition");
        if (condition == AlertCondition.CONFIG_DRIFT) {
            throw new IllegalArgumentException("configuration drift is raised by the drift check, not by a rule");
        }
        if (condition.queue()) {
            throw new IllegalArgumentException("'" + condition.label() + "' is raised by the queue's thresholds "
                    + "(Settings, Queues), not by a rule");
        }
        name = name == null || name.isBlank() ? condition.label() : name.trim();
        teams = teams == null ? List.of() : List.copyOf(teams);
        queues = queues == null ? List.of() : List.copyOf(queues);
        roles = roles == null ? List.of() : List.copyOf(roles);
        media = media == null ? List.of() : List.copyOf(media);
        activities = activities == null ? List.of() : List.copyOf(activities);
        if (thresholdSeconds < 0 || thresholdSeconds > MAX_THRESHOLD_SECONDS) {
            throw new IllegalArgumentException("rule '" + name + "': the threshold must be 0 to 24 h, not "
                    + thresholdSeconds + " s");
        }
    }

    /** A rule on any scheduled activity (every rule but an adherence rule that watches only some). */
    public AlertRule(String name, AlertCondition condition, long thresholdSeconds, List<String> teams,
            List<String> queues, List<String> roles, boolean enabled, boolean quiet, List<MediaType> media) {
        this(name, condition, thresholdSeconds, teams, queues, roles, enabled, quiet, media, List.of());
    }

    /** A rule on any media (every state rule, and interaction rules that watch them all). */
    public AlertRule(String name, AlertCondition condition, long thresholdSeconds, List<String> teams,
            List<String> queues, List<String> roles, boolean enabled, boolean quiet) {
        this(name, condition, thresholdSeconds, teams, queues, roles, enabled, quiet, List.of());
    }

    /** An enabled rule for everyone. */
    public static AlertRule of(String name, AlertCondition condition, Duration threshold) {
        return new AlertRule(name, condition, threshold.toSeconds(), List.of(), List.of(), List.of(), true, false);
    }

    public Duration threshold() {
        return Duration.ofSeconds(thresholdSeconds);
    }

    /**
     * The rules that apply to this agent among {@code rules} (those for the activity in question): for each
     * condition the first enabled one whose scope takes the agent, shortest threshold first. The alert monitor
     * raises by this choice and the floor tints by it, so the two never disagree.
     */
    public static List<AlertRule> applying(List<AlertRule> rules, Agent agent, List<String> agentQueues) {
        List<AlertRule> applying = new ArrayList<>(2);
        Set<AlertCondition> decided = EnumSet.noneOf(AlertCondition.class);
        for (AlertRule rule : rules) {
            if (rule.enabled() && !decided.contains(rule.condition()) && rule.covers(agent, agentQueues)) {
                decided.add(rule.condition());
                applying.add(rule);
            }
        }
        applying.sort(Comparator.comparingLong(AlertRule::thresholdSeconds));
        return applying;
    }

    /**
     * The rule that applies to this agent's interaction of {@code medium} for an interaction condition: the first
     * enabled one whose scope takes the agent and the media.
     */
    public static Optional<AlertRule> applying(List<AlertRule> rules, AlertCondition condition, Agent agent,
            List<String> agentQueues, MediaType medium) {
        for (AlertRule rule : rules) {
            if (rule.enabled() && rule.condition() == condition && rule.covers(agent, agentQueues)
                    && (rule.media().isEmpty() || rule.media().contains(medium))) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * The adherence rule that applies to this agent while out of adherence with {@code scheduled} scheduled: the
     * first enabled one whose scope takes the agent and the activity.
     */
    public static Optional<AlertRule> applyingOutOfAdherence(List<AlertRule> rules, Agent agent,
            List<String> agentQueues, ActivityCategory scheduled) {
        for (AlertRule rule : rules) {
            if (rule.enabled() && rule.condition() == AlertCondition.OUT_OF_ADHERENCE
                    && rule.covers(agent, agentQueues)
                    && (rule.activities().isEmpty() || rule.activities().contains(scheduled))) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Whether the rule's scope takes this agent (names compare without regard to case). */
    public boolean covers(Agent agent, List<String> agentQueues) {
        return (teams.isEmpty() || containsIgnoringCase(teams, agent.team()))
                && (roles.isEmpty() || containsIgnoringCase(roles, agent.title()))
                && (queues.isEmpty() || agentQueues.stream().anyMatch(q -> containsIgnoringCase(queues, q)));
    }

    private static boolean containsIgnoringCase(List<String> names, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted));
    }

    /**
     * The rules a supervisor would expect on day one: available but not on queue 5 min; idle on queue 10 min
     * while one of the agent's queues has work waiting; not responding at once; break 15 min (supervisors 60);
     * meal 30 min; away or busy 20 min; the {@link #adherenceDefaults() adherence rules} and the
     * {@link #interactionDefaults() interaction rules}.
     */
    public static List<AlertRule> defaults() {
        List<AlertRule> rules = new ArrayList<>(List.of(
                of("Available, not on queue", AlertCondition.AVAILABLE_OFF_QUEUE, Duration.ofMinutes(5)),
                of("Idle while work waits", AlertCondition.IDLE_WHILE_WORK_WAITS, Duration.ofMinutes(10)),
                of("Not responding", AlertCondition.NOT_RESPONDING, Duration.ZERO),
                new AlertRule("Long break (supervisors)", AlertCondition.BREAK, 3600, List.of(), List.of(),
                        List.of("Supervisor"), true, false),
                of("Long break", AlertCondition.BREAK, Duration.ofMinutes(15)),
                of("Long meal", AlertCondition.MEAL, Duration.ofMinutes(30)),
                of("Away too long", AlertCondition.AWAY, Duration.ofMinutes(20)),
                of("Busy too long", AlertCondition.BUSY, Duration.ofMinutes(20))));
        rules.addAll(adherenceDefaults());
        rules.addAll(interactionDefaults());
        return List.copyOf(rules);
    }

    /**
     * The adherence rules a supervisor would expect: out of adherence 5 minutes while on-queue work is scheduled
     * (late back from a break, stepped away: the queues miss them), 15 minutes at any other scheduled activity (a
     * break skipped, a meeting missed). Settings written before these existed get them added once.
     */
    public static List<AlertRule> adherenceDefaults() {
        return List.of(
                new AlertRule("Out of adherence, on-queue time", AlertCondition.OUT_OF_ADHERENCE, 300, List.of(),
                        List.of(), List.of(), true, false, List.of(), List.of(ActivityCategory.ON_QUEUE_WORK)),
                of("Out of adherence", AlertCondition.OUT_OF_ADHERENCE, Duration.ofMinutes(15)));
    }

    /**
     * The interaction rules a supervisor would expect: a call or callback connected 15 minutes, a chat or message
     * 30, an email an hour; a hold over 5 minutes; after-call work over 5 minutes; over capacity at once. Settings
     * written before these existed get them added once.
     */
    public static List<AlertRule> interactionDefaults() {
        return List.of(
                new AlertRule("Long call", AlertCondition.LONG_INTERACTION, 900, List.of(), List.of(), List.of(),
                        true, false, List.of(MediaType.CALL, MediaType.CALLBACK)),
                new AlertRule("Long chat or message", AlertCondition.LONG_INTERACTION, 1800, List.of(), List.of(),
                        List.of(), true, false, List.of(MediaType.CHAT, MediaType.MESSAGE)),
                new AlertRule("Long email", AlertCondition.LONG_INTERACTION, 3600, List.of(), List.of(), List.of(),
                        true, false, List.of(MediaType.EMAIL)),
                of("Long hold", AlertCondition.LONG_HOLD, Duration.ofMinutes(5)),
                of("Long after-call work", AlertCondition.LONG_ACW, Duration.ofMinutes(5)),
                of("Over capacity", AlertCondition.OVER_CAPACITY, Duration.ZERO));
    }
}
