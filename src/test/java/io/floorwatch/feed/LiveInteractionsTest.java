package io.floorwatch.feed;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.MediaUtilization;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.domain.Utilization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The live floor's interactions: newer changes win, ended ones stay ended, a re-read reconciles, capacity is read. */
class LiveInteractionsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private final LiveState live = new LiveState();

    @BeforeEach
    void seed() {
        live.reset(List.of(new AgentSnapshot(new Agent("a", "Agent a", "", "Team"),
                new AgentState("a", SystemPresence.ON_QUEUE, null, T0, RoutingStatus.INTERACTING, T0))));
    }

    private static InteractionEvent change(String id, MediaType media, Instant held, Instant acw, Instant at,
            boolean ended) {
        return new InteractionEvent("a", new Interaction(id, media, "q", T0, held, acw, at), ended, at);
    }

    private List<Interaction> shown() {
        return live.get("a").orElseThrow().interactions();
    }

    @Test
    void aNewerChangeReplacesTheInteractionAndAnOlderOneIsIgnored() {
        assertThat(live.apply(change("c-1", MediaType.CALL, null, null, T0, false))).isTrue();
        assertThat(live.apply(change("c-1", MediaType.CALL, T0.plusSeconds(60), null, T0.plusSeconds(60), false)))
                .isTrue();
        assertThat(live.apply(change("c-1", MediaType.CALL, null, null, T0.plusSeconds(30), false)))
                .as("a late notification of before the hold").isFalse();
        assertThat(shown()).singleElement().satisfies(i -> assertThat(i.phase()).isEqualTo(Interaction.Phase.HELD));
        assertThat(live.get("a").orElseThrow().current()).map(Interaction::conversationId).contains("c-1");
    }

    @Test
    void anEndedConversationStaysEndedWhenAnOlderChangeArrivesLate() {
        live.apply(change("c-1", MediaType.CHAT, null, null, T0, false));
        assertThat(live.apply(change("c-1", MediaType.CHAT, null, null, T0.plusSeconds(600), true))).isTrue();
        assertThat(shown()).isEmpty();
        assertThat(live.apply(change("c-1", MediaType.CHAT, null, T0.plusSeconds(500), T0.plusSeconds(500), false)))
                .isFalse();
        assertThat(shown()).isEmpty();
        assertThat(live.apply(change("c-unknown", MediaType.CHAT, null, null, T0, false))).isTrue();
        assertThat(new InteractionEvent("nobody", shown().get(0), false, T0)).satisfies(event ->
                assertThat(live.apply(event)).as("an agent the floor does not have").isFalse());
    }

    @Test
    void aReReadEndsWhatIsGoneAddsWhatIsMissingAndKeepsWhatMovedOnSince() {
        live.apply(change("gone", MediaType.CALL, null, null, T0, false));
        live.apply(change("moved-on", MediaType.CHAT, null, T0.plusSeconds(200), T0.plusSeconds(200), false));
        Instant read = T0.plusSeconds(100);
        List<Interaction> found = new ArrayList<>();
        found.add(new Interaction("missing", MediaType.EMAIL, "q", T0, null, null, read));
        found.add(new Interaction("moved-on", MediaType.CHAT, "q", T0, null, null, read));

        List<InteractionEvent> changes = live.reconcile("a", found, read);

        assertThat(changes).extracting(e -> e.conversationId() + (e.ended() ? " ended" : " added"))
                .containsExactlyInAnyOrder("gone ended", "missing added");
        assertThat(shown()).extracting(Interaction::conversationId).containsExactlyInAnyOrder("missing",
                "moved-on");
        assertThat(shown()).filteredOn(i -> i.conversationId().equals("moved-on")).singleElement()
                .satisfies(i -> assertThat(i.phase()).as("the newer after-call work stays").isEqualTo(
                        Interaction.Phase.ACW));
    }

    @Test
    void moreOfAMediaThanTheOrgAllowsAsksForTheAgentsOwnSettingOnce() {
        List<String> asked = new ArrayList<>();
        live.setUtilizationSource(asked::add);
        live.setOrgUtilization(new Utilization(Map.of("chat", new MediaUtilization(1, List.of(), false)), false));
        live.apply(change("c-1", MediaType.CHAT, null, null, T0, false));
        assertThat(asked).isEmpty();
        live.apply(change("c-2", MediaType.CHAT, null, null, T0.plusSeconds(1), false));
        assertThat(asked).containsExactly("a");

        live.setAgentUtilization("a", new Utilization(Map.of("chat", new MediaUtilization(3, List.of(), false)),
                true));
        live.apply(change("c-3", MediaType.CHAT, null, null, T0.plusSeconds(2), false));
        assertThat(asked).as("known now: not asked again").containsExactly("a");
        assertThat(live.utilizationOf("a").capacity("chat")).isEqualTo(3);
        assertThat(live.utilizationKnown("a")).isTrue();
    }
}
