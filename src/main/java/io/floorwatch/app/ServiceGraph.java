package io.floorwatch.app;

import io.floorwatch.actions.ActionRunner;
import io.floorwatch.actions.AgentActions;
import io.floorwatch.domain.Person;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.drift.DriftService;
import io.floorwatch.drift.RevertOutcome;
import io.floorwatch.feed.LiveState;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.provisioning.QueueEdited;
import io.floorwatch.provisioning.QueueEditor;
import io.floorwatch.provisioning.QueueOutcome;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.timebox.TuningWorker;
import io.floorwatch.tuning.FloorAgent;
import io.floorwatch.tuning.Projections;
import io.floorwatch.tuning.Recommendations;
import io.floorwatch.tuning.Recommender;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.TuningService;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The service graph: what every connection's {@link Services} are built from (history, the live floor, who acts,
 * where change notices go), and the one place that builds them, once per connection. Plain Java, no JavaFX.
 */
public final class ServiceGraph {
    private final HistoryStore history;
    private final LiveState live;
    private final Supplier<Collection<QueueSample>> latestQueues;
    private final String actor;
    private final Clock clock;
    private final Consumer<QueueOutcome> queueCreated;
    private final Consumer<QueueEdited> queueEdited;
    private final Consumer<SkillOutcome> skillsApplied;
    private final Consumer<ActionRunner.BatchResult> agentsActed;
    private final Consumer<List<RevertOutcome>> driftReverted;

    /**
     * @param queueCreated  told of every queue created (the change webhook); must not block
     * @param queueEdited   told of every queue edit written (the change webhook, the live directory)
     * @param skillsApplied told of every agent whose skills were applied (the change webhook); must not block
     * @param agentsActed   told of every batch of agent actions that wrote something (the change webhook)
     * @param driftReverted told of every drift revert that wrote something (the change webhook)
     */
    public ServiceGraph(HistoryStore history, LiveState live, Supplier<Collection<QueueSample>> latestQueues,
            String actor, Clock clock, Consumer<QueueOutcome> queueCreated, Consumer<QueueEdited> queueEdited,
            Consumer<SkillOutcome> skillsApplied,
            Consumer<ActionRunner.BatchResult> agentsActed, Consumer<List<RevertOutcome>> driftReverted) {
        this.driftReverted = driftReverted;
        this.history = history;
        this.live = live;
        this.latestQueues = latestQueues;
        this.actor = actor;
        this.clock = clock;
        this.queueCreated = queueCreated;
        this.queueEdited = queueEdited;
        this.skillsApplied = skillsApplied;
        this.agentsActed = agentsActed;
    }

    /**
     * The services on a connection just opened; builds objects only, no IO. Their audit entries and change
     * notices name the signed-in person (name, user id) and the OAuth client, or else this machine's user.
     */
    public Services build(GenesysGateway gateway, Optional<Person> person) {
        String actor = actor(person, gateway.credentials().clientId(), this.actor);
        TuningService tuning = new TuningService(gateway, history.writer(), actor, clock, skillsApplied);
        Projections projections = new Projections(gateway, latestQueues, this::queueNames, this::floorAgents, clock);
        return new Services(actor,
                new DriftService(gateway, history.baselines(), history.writer(), actor, clock, GenesysGateway::connect,
                        driftReverted),
                new QueueProvisioner(gateway, history.writer(), actor, clock, queueCreated),
                new QueueEditor(gateway, history.writer(), actor, clock, queueEdited),
                tuning,
                new Recommendations(gateway, latestQueues, this::queueNames, this::floorAgents,
                        Recommender.standard(), clock),
                new AgentActions(gateway, history.writer(), actor, clock, agentsActed),
                new TuningWorker(TuningWorker.org(gateway.credentials()), actor, tuning, projections::measure),
                projections);
    }

    /** "Ava Chen <user id> via client <client id>", or the machine's user for a client-credentials connection. */
    static String actor(Optional<Person> person, String clientId, String machineUser) {
        return person.map(p -> p.name() + " <" + p.userId() + "> via client " + clientId).orElse(machineUser);
    }

    private Map<String, String> queueNames() {
        Map<String, String> names = new HashMap<>();
        live.queues().forEach((id, queue) -> names.put(id, queue.settings().name()));
        return names;
    }

    private Collection<FloorAgent> floorAgents() {
        return live.all().stream().map(a -> new FloorAgent(a.agent(), a.activity(), a.since(), a.queues())).toList();
    }
}
