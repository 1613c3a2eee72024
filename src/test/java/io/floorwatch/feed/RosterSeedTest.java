package io.floorwatch.feed;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.RosterRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The floor built from roster records, and the roster and the agent topic together: whichever of a roster record
 * and a later event for the same agent is read first, the floor ends with the event's state.
 */
class RosterSeedTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore history;
    private final LiveState live = new LiveState();
    private RosterFloorSeed seed;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), Clock.systemUTC());
        // Never connects: these tests hand it the records a read would have found.
        seed = new RosterFloorSeed(live, history.writer(), "127.0.0.1:9", "agents.roster", Clock.systemUTC());
    }

    @AfterEach
    void close() {
        seed.close();
        history.close();
    }

    private static RosterRecord.AgentEntry ada(SystemPresence presence, RoutingStatus routing, Instant since,
            List<Interaction> interactions) {
        return new RosterRecord.AgentEntry(new Agent("u-1", "Ada Lovelace", "ada@example.com", "Billing", "Agent"),
                new AgentState("u-1", presence, null, since, routing, since), List.of("Billing"),
                List.of("English"), interactions, since.plusSeconds(1));
    }

    private static RosterRecord.QueueEntry billing() {
        return new RosterRecord.QueueEntry(new RoutingQueue("q-1", new QueueSettings("Billing", null, null, null,
                null, null, Map.of("call", new MediaSettings(8, 0.8, 20_000L))), 1, 1, null), T0);
    }

    @Test
    void theFirstReadBuildsAgentsWithNamesTeamsQueuesStatesInteractionsAndTheQueueDirectory() {
        Interaction call = new Interaction("c-1", MediaType.CALL, "q-1", T0, null, null, T0);
        int agents = seed.replace(List.of(ada(SystemPresence.ON_QUEUE, RoutingStatus.INTERACTING, T0, List.of(call)),
                billing()));

        assertThat(agents).isEqualTo(1);
        LiveAgent ada = live.get("u-1").orElseThrow();
        assertThat(ada.agent().name()).isEqualTo("Ada Lovelace");
        assertThat(ada.agent().team()).isEqualTo("Billing");
        assertThat(ada.queues()).containsExactly("Billing");
        assertThat(ada.skills()).containsExactly("English");
        assertThat(ada.state().presence()).isEqualTo(SystemPresence.ON_QUEUE);
        assertThat(ada.state().routingStatus()).isEqualTo(RoutingStatus.INTERACTING);
        assertThat(ada.interactions()).containsExactly(call);
        assertThat(live.queues()).containsOnlyKeys("q-1");
        assertThat(live.queues().get("q-1").name()).isEqualTo("Billing");
    }

    @Test
    void aRosterRecordReadBeforeALaterEventEndsWithTheEvent() {
        seed.replace(List.of(ada(SystemPresence.ON_QUEUE, RoutingStatus.IDLE, T0, List.of()), billing()));

        live.apply(AgentStateEvent.presence("u-1", SystemPresence.BREAK, null, T0.plusSeconds(30)));
        live.apply(AgentStateEvent.routing("u-1", RoutingStatus.OFF_QUEUE, T0.plusSeconds(30)));

        AgentState state = live.get("u-1").orElseThrow().state();
        assertThat(state.presence()).isEqualTo(SystemPresence.BREAK);
        assertThat(state.routingStatus()).isEqualTo(RoutingStatus.OFF_QUEUE);
    }

    @Test
    void aRosterRecordReadAfterALaterEventEndsWithTheEvent() {
        // The floor as an earlier read left it, then the event, then a re-read whose record is older than the event.
        seed.replace(List.of(ada(SystemPresence.AVAILABLE, RoutingStatus.OFF_QUEUE, T0.minusSeconds(60), List.of()),
                billing()));
        live.apply(AgentStateEvent.presence("u-1", SystemPresence.BREAK, null, T0.plusSeconds(30)));
        live.apply(AgentStateEvent.routing("u-1", RoutingStatus.OFF_QUEUE, T0.plusSeconds(30)));

        seed.merge(List.of(ada(SystemPresence.ON_QUEUE, RoutingStatus.IDLE, T0, List.of()), billing()));

        AgentState state = live.get("u-1").orElseThrow().state();
        assertThat(state.presence()).isEqualTo(SystemPresence.BREAK);
        assertThat(state.routingStatus()).isEqualTo(RoutingStatus.OFF_QUEUE);
        assertThat(state.presenceSince()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void anEventHeldWhileTheFirstReadRunsIsAppliedAfterItAndStaleOnesAreIgnored() {
        // The feed holds events from positions taken before the roster read, and applies them after it.
        seed.replace(List.of(ada(SystemPresence.ON_QUEUE, RoutingStatus.IDLE, T0, List.of()), billing()));
        boolean stale = live.apply(AgentStateEvent.presence("u-1", SystemPresence.MEAL, null, T0.minusSeconds(5)));
        boolean newer = live.apply(AgentStateEvent.routing("u-1", RoutingStatus.INTERACTING, T0.plusSeconds(5)));

        assertThat(stale).isFalse();
        assertThat(newer).isTrue();
        assertThat(live.get("u-1").orElseThrow().state().presence()).isEqualTo(SystemPresence.ON_QUEUE);
        assertThat(live.get("u-1").orElseThrow().state().routingStatus()).isEqualTo(RoutingStatus.INTERACTING);
    }

    @Test
    void aReReadAddsNewAgentsDropsGoneOnesAndEndsInteractionsItNoLongerLists() {
        Interaction call = new Interaction("c-1", MediaType.CALL, "q-1", T0, null, null, T0);
        seed.replace(List.of(ada(SystemPresence.ON_QUEUE, RoutingStatus.INTERACTING, T0, List.of(call)), billing()));
        RosterRecord.AgentEntry bo = new RosterRecord.AgentEntry(new Agent("u-2", "Bo", null, "Sales"),
                new AgentState("u-2", SystemPresence.AVAILABLE, null, T0, RoutingStatus.OFF_QUEUE, T0), List.of(),
                List.of(), List.of(), T0.plusSeconds(60));

        seed.merge(List.of(bo, billing()));

        assertThat(live.get("u-1")).isEmpty();
        assertThat(live.get("u-2")).get().satisfies(a -> assertThat(a.agent().team()).isEqualTo("Sales"));

        seed.merge(List.of(ada(SystemPresence.ON_QUEUE, RoutingStatus.INTERACTING, T0, List.of(call)), bo));
        live.apply(new InteractionEvent("u-1", call, true, T0.plusSeconds(90)));
        assertThat(live.get("u-1").orElseThrow().interactions()).isEmpty();
    }
}
