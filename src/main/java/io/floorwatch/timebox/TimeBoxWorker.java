package io.floorwatch.timebox;

import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;

import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What a time-box needs of a connection to Genesys: who acts, the tuning screen's safe apply, and the what-if's
 * measurement of a window. The caller builds it on its current connection; with none, nothing is carried out and
 * the steps wait (and say they were late when they happen).
 */
public interface TimeBoxWorker {
    /**
     * The connection's identity (API address and OAuth client): a box is carried out only on the connection it
     * was made on, never on another org (or on the demo) the same history has seen.
     */
    String org();

    /** Who the audit log and the notices name for what this connection does. */
    String actor();

    /** Checks a plan against the capacity rules and the org's skills; sends nothing. */
    List<String> check(SkillPlan plan);

    /**
     * The safe apply: only the delta is written, an agent whose skills differ from the plan's preview is a
     * conflict, every agent is read back; agents not reached once {@code cancel} says so are NOT_RUN.
     */
    List<SkillOutcome> apply(SkillPlan plan, BooleanSupplier cancel, Consumer<SkillOutcome> progress);

    /**
     * The what-if {@code projection} (its JSON) with the service level and speed of answer measured from
     * {@code from} to {@code to} filled in, as JSON; IO.
     */
    String measure(String projection, Instant from, Instant to);
}
