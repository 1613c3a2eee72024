package io.floorwatch.timebox;

import io.floorwatch.base.Plural;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.tuning.SkillApplier;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Carries out the time-boxes that are due: applies a box's plan at its start and puts its agents back at its end,
 * each step under the box's lease in history so no other runner does it too. Progress is saved agent by agent,
 * so a runner that stops mid-step (killed, or its machine asleep) is resumed by the next one where it stopped. A
 * step more than {@link #GRACE} after it fell due says how late it was; a box whose whole window passed with no
 * runner is marked missed and nothing is applied.
 */
public final class TimeBoxRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TimeBoxRunner.class);
    /** A step this long after it fell due was late (no runner was looking), and its note says so. */
    public static final Duration GRACE = Duration.ofMinutes(1);
    /** How long a lease lasts unless renewed; renewed after every agent, so only a stopped runner lets it lapse. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final TimeBoxes boxes;
    private final String owner;

    TimeBoxRunner(TimeBoxes boxes, String name) {
        this.boxes = boxes;
        this.owner = name + " " + ManagementFactory.getRuntimeMXBean().getName() + " "
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Who holds the leases this runner takes. */
    public String owner() {
        return owner;
    }

    /**
     * Carries out every step due now with {@code worker}, unless {@code stop} says to stop (checked between
     * agents; a step cut short is resumed later). Returns the boxes it changed.
     */
    public List<TimeBox> tick(TimeBoxWorker worker, BooleanSupplier stop) {
        return tick(worker, stop, box -> true);
    }

    /** Carries out the steps due now of the boxes {@code which} accepts (a command carrying out its own box). */
    public List<TimeBox> tick(TimeBoxWorker worker, BooleanSupplier stop, Predicate<TimeBox> which) {
        List<TimeBox> changed = new ArrayList<>();
        Instant now = boxes.clock().instant();
        for (var row : boxes.store().live()) {
            if (stop.getAsBoolean()) {
                break;
            }
            TimeBox box = TimeBoxCodec.box(row);
            boolean due = box.state() == TimeBoxState.SCHEDULED ? !box.startsAt().isAfter(now)
                    : !box.endsAt().isAfter(now);
            if (!due || !box.org().equals(worker.org()) || !which.test(box) || !boxes.store().lease(box.id(), owner, now, now.plus(LEASE))) {
                continue;
            }
            try {
                // Read again under the lease: another runner may have carried the step out meanwhile.
                Optional<TimeBox> fresh = boxes.find(box.id());
                if (fresh.isPresent() && fresh.get().state().live()) {
                    carryOut(fresh.get(), worker, stop).ifPresent(changed::add);
                }
            } finally {
                boxes.store().release(box.id(), owner);
            }
        }
        return changed;
    }

    private Optional<TimeBox> carryOut(TimeBox box, TimeBoxWorker worker, BooleanSupplier stop) {
        Instant now = boxes.clock().instant();
        if (box.state() == TimeBoxState.SCHEDULED) {
            if (!box.endsAt().isAfter(now) && box.appliedAt() == null) {
                return Optional.of(missed(box, worker));
            }
            if (box.startsAt().isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(start(box, worker, stop));
        }
        if (box.endsAt().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(end(box, worker, stop));
    }

    private TimeBox missed(TimeBox box, TimeBoxWorker worker) {
        String note = TimeBoxes.join(box.note(), "missed: its whole window (" + TimeBoxes.at(box.startsAt()) + " to "
                + TimeBoxes.at(box.endsAt()) + ") passed while no Floorwatch was running it; nothing was applied");
        TimeBox missed = boxes.save(box.with(TimeBoxState.MISSED, box.endsAt(), box.revertPlan(), box.results(), "",
                note, null, boxes.clock().instant()));
        boxes.step(missed, worker.actor(), "missed", "missed", "Time-box '" + box.title() + "' was missed: "
                + note.substring(note.indexOf("its whole")), "missed");
        return missed;
    }

    private TimeBox start(TimeBox box, TimeBoxWorker worker, BooleanSupplier stop) {
        Instant now = boxes.clock().instant();
        boolean resumed = box.appliedAt() != null;
        String lateness = resumed ? "" : late("started", box.startsAt(), now);
        String note = TimeBoxes.join(box.note(), resumed ? "its start was resumed at " + TimeBoxes.at(now)
                + " after a runner stopped" : lateness);
        TimeBox[] current = {boxes.save(box.with(TimeBoxState.SCHEDULED, box.endsAt(), box.revertPlan(),
                box.results(), box.report(), note, resumed ? box.appliedAt() : now, null))};
        Set<String> done = agents(box.results(AgentResult.Step.START));
        SkillPlan remaining = new SkillPlan(box.plan().maxSkillsPerAgent(), box.plan().agents().stream()
                .filter(a -> !done.contains(a.agentId())).toList());
        List<SkillOutcome> outcomes = worker.apply(remaining, stop, outcome -> {
            if (outcome.status() == SkillOutcome.Status.NOT_RUN) {
                return;
            }
            SkillPlan.Agent agent = outcome.agent();
            List<SkillAssignment> before = heldBefore(outcome, resumed);
            List<AgentResult> results = new ArrayList<>(current[0].results());
            results.add(new AgentResult(AgentResult.Step.START, agent.agentId(), agent.agentName(), outcome.status(),
                    outcome.message(), before, agent.target(), outcome.now(), boxes.clock().instant()));
            List<SkillPlan.Agent> revert = new ArrayList<>(current[0].revertPlan().agents());
            if (!SkillApplier.same(before, expectedAfter(outcome)) && wrote(outcome, resumed)) {
                revert.add(new SkillPlan.Agent(agent.agentId(), agent.agentName(), expectedAfter(outcome), before));
            }
            current[0] = saveProgress(current[0].with(TimeBoxState.SCHEDULED, current[0].endsAt(),
                    new SkillPlan(box.plan().maxSkillsPerAgent(), revert), results, "", current[0].note(),
                    current[0].appliedAt(), null));
        });
        if (outcomes.stream().anyMatch(o -> o.status() == SkillOutcome.Status.NOT_RUN)) {
            LOG.info("time-box {}: start cut short; the next runner resumes it", box.id());
            return current[0];
        }
        TimeBox running = boxes.save(current[0].with(TimeBoxState.RUNNING, current[0].endsAt(),
                current[0].revertPlan(), current[0].results(), "", current[0].note(), current[0].appliedAt(), null));
        List<AgentResult> started = running.results(AgentResult.Step.START);
        long applied = started.stream().filter(r -> r.status() == SkillOutcome.Status.APPLIED).count();
        boxes.step(running, worker.actor(), "start", "started", "Time-box '" + box.title() + "' started: "
                + applied + " of " + started.size() + " agents applied; they go back at "
                + TimeBoxes.at(running.endsAt()) + (lateness.isEmpty() ? "" : "; " + lateness), applied == started.size() ? ""
                : Plural.of(started.size() - applied, "agent") + " not applied");
        return running;
    }

    private TimeBox end(TimeBox box, TimeBoxWorker worker, BooleanSupplier stop) {
        Instant now = boxes.clock().instant();
        Set<String> done = agents(box.results(AgentResult.Step.END));
        String lateness = done.isEmpty() ? late("reverted", box.endsAt(), now) : "";
        String note = TimeBoxes.join(box.note(), lateness);
        TimeBox[] current = {box.with(TimeBoxState.RUNNING, box.endsAt(), box.revertPlan(), box.results(),
                box.report(), note, box.appliedAt(), null)};
        SkillPlan remaining = new SkillPlan(box.revertPlan().maxSkillsPerAgent(), box.revertPlan().agents().stream()
                .filter(a -> !done.contains(a.agentId())).toList());
        List<SkillOutcome> outcomes = worker.apply(remaining, stop, outcome -> {
            if (outcome.status() == SkillOutcome.Status.NOT_RUN) {
                return;
            }
            SkillPlan.Agent agent = outcome.agent();
            String message = outcome.status() == SkillOutcome.Status.CONFLICT
                    ? "changed by someone else during the window, so left as it is" : outcome.message();
            List<AgentResult> results = new ArrayList<>(current[0].results());
            results.add(new AgentResult(AgentResult.Step.END, agent.agentId(), agent.agentName(), outcome.status(),
                    message, agent.target(), agent.preview(), outcome.now(), boxes.clock().instant()));
            current[0] = saveProgress(current[0].with(TimeBoxState.RUNNING, current[0].endsAt(),
                    current[0].revertPlan(), results, "", current[0].note(), current[0].appliedAt(), null));
        });
        if (outcomes.stream().anyMatch(o -> o.status() == SkillOutcome.Status.NOT_RUN)) {
            LOG.info("time-box {}: revert cut short; the next runner resumes it", box.id());
            return boxes.save(current[0]);
        }
        Instant ended = boxes.clock().instant();
        String report = "";
        String endNote = current[0].note();
        if (box.projectionJson().isPresent() && box.appliedAt() != null) {
            try {
                report = worker.measure(box.projection(), box.appliedAt(), ended);
            } catch (RuntimeException e) {
                LOG.warn("time-box {}: the measured report could not be read: {}", box.id(), e.getMessage());
                endNote = TimeBoxes.join(endNote, "the measured service level could not be read: " + e.getMessage());
            }
        }
        TimeBox finished = boxes.save(current[0].with(TimeBoxState.ENDED, current[0].endsAt(),
                current[0].revertPlan(), current[0].results(), report, endNote, current[0].appliedAt(), ended));
        List<AgentResult> reverted = finished.results(AgentResult.Step.END);
        long back = reverted.stream().filter(r -> r.status() == SkillOutcome.Status.APPLIED).count();
        int conflicts = finished.conflicts().size();
        boxes.step(finished, worker.actor(), "end", "ended", "Time-box '" + box.title() + "' ended: " + back + " of "
                + reverted.size() + " agents put back" + (conflicts == 0 ? "" : "; " + conflicts + " changed by "
                + "someone else during it were left as they are") + (lateness.isEmpty() ? "" : "; " + lateness),
                back == reverted.size() ? "" : Plural.of(reverted.size() - back, "agent") + " not put back");
        return finished;
    }

    /** Saves an agent's progress and renews the lease, so a long step is not taken over while it runs. */
    private TimeBox saveProgress(TimeBox box) {
        Instant now = boxes.clock().instant();
        boxes.store().lease(box.id(), owner, now, now.plus(LEASE));
        return boxes.save(box);
    }

    /**
     * What the agent held before the box: the preview when the apply wrote (it only writes over the preview), or
     * what it found when nothing was written. A resumed start that finds the plan already in place cannot tell
     * its own earlier write from someone else's, and takes the preview: putting the agent back is the box's promise.
     */
    private static List<SkillAssignment> heldBefore(SkillOutcome outcome, boolean resumed) {
        return wrote(outcome, resumed) ? outcome.agent().preview() : outcome.now();
    }

    /** What the box expects the agent to hold until its end: the plan, or what the read-back found instead. */
    private static List<SkillAssignment> expectedAfter(SkillOutcome outcome) {
        return outcome.status() == SkillOutcome.Status.MISMATCH ? outcome.now() : outcome.agent().target();
    }

    /** Whether this box wrote the agent (now, or in the start a stopped runner left half done). */
    private static boolean wrote(SkillOutcome outcome, boolean resumed) {
        return outcome.writes() > 0 || (resumed && outcome.status() == SkillOutcome.Status.APPLIED);
    }

    private static Set<String> agents(List<AgentResult> results) {
        Set<String> ids = new HashSet<>();
        results.forEach(r -> ids.add(r.agentId()));
        return ids;
    }

    /** "started 47 min late (due Tue 8 Dec 14:00; no runner was running)", or "" when on time. */
    private static String late(String what, Instant due, Instant now) {
        Duration late = Duration.between(due, now);
        if (late.compareTo(GRACE) <= 0) {
            return "";
        }
        return what + " " + text(late) + " late (due " + TimeBoxes.at(due) + "; no Floorwatch was running "
                + "it then)";
    }

    /** "47 min", "2 h 5 min", "30 s". */
    static String text(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return duration.toSeconds() + " s";
        }
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60
                + " min");
    }
}
