package io.floorwatch.feed;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LiveStateTest {
    private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");
    private final LiveState live = new LiveState(8);
    private long seq;
    private long epoch;

    @BeforeEach
    void seed() {
        live.reset(List.of(snapshot("a"), snapshot("b"), snapshot("c")));
        LiveState.Changes first = live.changesSince(0, -1);
        assertThat(first.reload()).isTrue();
        seq = first.seq();
        epoch = first.epoch();
    }

    private static AgentSnapshot snapshot(String id) {
        return new AgentSnapshot(new Agent(id, "Agent " + id, "", "Team"),
                new AgentState(id, SystemPresence.ON_QUEUE, null, T0, RoutingStatus.IDLE, T0));
    }

    @Test
    void aNewerEventChangesTheAgentAndIsLogged() {
        assertThat(live.apply(AgentStateEvent.routing("a", RoutingStatus.INTERACTING, T0.plusSeconds(5)))).isTrue();

        LiveState.Changes changes = live.changesSince(seq, epoch);
        assertThat(changes.reload()).isFalse();
        assertThat(changes.ids()).containsExactly("a");
        assertThat(live.get("a").orElseThrow().state().routingStatus()).isEqualTo(RoutingStatus.INTERACTING);
        assertThat(live.get("a").orElseThrow().since()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void staleRepeatedAndUnknownEventsChangeNothing() {
        live.apply(AgentStateEvent.presence("a", SystemPresence.BREAK, null, T0.plusSeconds(60)));
        long after = live.changesSince(seq, epoch).seq();

        assertThat(live.apply(AgentStateEvent.presence("a", SystemPresence.AWAY, null, T0.plusSeconds(30)))).isFalse();
        assertThat(live.apply(AgentStateEvent.presence("a", SystemPresence.BREAK, null, T0.plusSeconds(60))))
                .isFalse();
        assertThat(live.apply(AgentStateEvent.presence("nobody", SystemPresence.BREAK, null, T0))).isFalse();

        assertThat(live.get("a").orElseThrow().state().presence()).isEqualTo(SystemPresence.BREAK);
        assertThat(live.changesSince(after, epoch).ids()).isEmpty();
    }

    @Test
    void aReaderThatFellBehindTheLogIsToldToReload() {
        for (int i = 1; i <= 9; i++) {
            live.apply(AgentStateEvent.routing("b", i % 2 == 0 ? RoutingStatus.IDLE : RoutingStatus.INTERACTING,
                    T0.plusSeconds(i)));
        }
        assertThat(live.changesSince(seq, epoch).reload()).isTrue();
    }

    @Test
    void aNewSeedOrClearIsANewEpoch() {
        live.reset(List.of(snapshot("x")));
        assertThat(live.changesSince(seq, epoch).reload()).isTrue();
        assertThat(live.size()).isEqualTo(1);
    }

    @Test
    void queueMembershipIsSetAndLogged() {
        live.setQueues(Map.of("c", List.of("Billing", "Sales"), "ghost", List.of("Sales")));

        assertThat(live.get("c").orElseThrow().queues()).containsExactly("Billing", "Sales");
        assertThat(live.changesSince(seq, epoch).ids()).containsExactly("c");
    }
}
