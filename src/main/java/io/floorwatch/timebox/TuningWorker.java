package io.floorwatch.timebox;

import io.floorwatch.genesys.Credentials;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.TuningService;

import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** A time-box worker on one connection: the tuning service's safe apply, and the what-if's measurement. */
public final class TuningWorker implements TimeBoxWorker {
    /** The what-if's measurement of a window, given the projection's JSON; IO. */
    @FunctionalInterface
    public interface Measure {
        String measure(String projection, Instant from, Instant to);
    }

    private final String org;
    private final String actor;
    private final TuningService tuning;
    private final Measure measure;

    /** @param org the connection's identity: its API address and OAuth client */
    public TuningWorker(String org, String actor, TuningService tuning, Measure measure) {
        this.org = org;
        this.actor = actor;
        this.tuning = tuning;
        this.measure = measure;
    }

    /** A connection's identity as boxes keep it: "https://api.mypurecloud.de client 1a2b...". */
    public static String org(Credentials credentials) {
        return credentials.apiBaseUrl() + " client " + credentials.clientId();
    }

    @Override
    public String org() {
        return org;
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public List<String> check(SkillPlan plan) {
        return tuning.check(plan);
    }

    @Override
    public List<SkillOutcome> apply(SkillPlan plan, BooleanSupplier cancel, Consumer<SkillOutcome> progress) {
        return tuning.apply(plan, cancel, progress);
    }

    @Override
    public String measure(String projection, Instant from, Instant to) {
        return measure.measure(projection, from, to);
    }
}
