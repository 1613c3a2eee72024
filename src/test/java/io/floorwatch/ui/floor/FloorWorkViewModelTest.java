package io.floorwatch.ui.floor;

import io.floorwatch.config.InteractionSettings;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.MediaUtilization;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.domain.Utilization;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.testkit.MovableClock;
import io.floorwatch.ui.common.Level;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The floor's ViewModel and the agents' work, without a toolkit: interactions injected into the live state become
 * the Work, Now and Phase texts, the tints and the work filter by the interaction thresholds, and the selected
 * agent's list of interactions and capacity.
 */
class FloorWorkViewModelTest {
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    private final LiveState live = new LiveState();
    private final MovableClock clock = new MovableClock(START);
    private final AtomicReference<InteractionSettings> thresholds =
            new AtomicReference<>(InteractionSettings.defaults());
    private final AtomicReference<Collection<Alert>> alerts = new AtomicReference<>(List.of());
    private HistoryStore history;
    private FloorViewModel model;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9), Clock.systemUTC());
        live.reset(List.of(agent("ana", "Ana Lima"), agent("bo", "Bo Berg"), agent("cy", "Cy Chen")));
        live.setQueueDirectory(List.of(new RoutingQueue("q-billing", new QueueSettings("Billing", null, null, null,
                null, null, Map.of()), 0, 0, Instant.EPOCH)));
        model = new FloorViewModel(live, history.states(), new CurrentThreadTasks(), clock, ZoneId.of("UTC"),
                List::<AlertRule>of, alerts::get, thresholds::get);
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static AgentSnapshot agent(String id, String name) {
        return new AgentSnapshot(new Agent(id, name, id + "@example.com", "Team Aurora"),
                new AgentState(id, SystemPresence.ON_QUEUE, null, START, RoutingStatus.INTERACTING, START), List.of());
    }

    private static Utilization capacities(int calls, int chats) {
        return new Utilization(Map.of("call", new MediaUtilization(calls, List.of(), false),
                "chat", new MediaUtilization(chats, List.of(), false),
                "email", new MediaUtilization(1, List.of(), false)), false);
    }

    /**
     * The agent's interaction as it stands now: connected at {@code at}, on hold since {@code held} or in
     * after-call work since {@code acw} when given.
     */
    private void connect(String agentId, String conversation, MediaType media, Instant at, Instant held,
            Instant acw) {
        Instant asOf = clock.instant();
        for (Instant change : new Instant[] {at, held, acw}) {
            if (change != null && change.isAfter(asOf)) {
                asOf = change;
            }
        }
        live.apply(new InteractionEvent(agentId, new Interaction(conversation, media, "q-billing", at, held, acw,
                asOf), false, asOf));
    }

    private FloorRow row(String agentId) {
        return model.rows().stream().filter(r -> r.agentId().equals(agentId)).findFirst().orElseThrow();
    }

    private List<String> shownIds() {
        return model.rows().stream().map(FloorRow::agentId).toList();
    }

    @Test
    void theWorkColumnsShowEachMediaAgainstCapacityAndTheCurrentInteraction() {
        model.pull();
        assertThat(row("ana").work()).isEqualTo(AgentWork.NONE);

        connect("ana", "c1", MediaType.CALL, START, null, null);
        model.pull();
        assertThat(row("ana").work().text()).as("the org's utilisation not read yet").isEqualTo("Voice 1/?");

        live.setOrgUtilization(capacities(1, 3));
        connect("ana", "c2", MediaType.CHAT, START.plusSeconds(30), null, null);
        connect("ana", "c3", MediaType.CHAT, START.plusSeconds(60), START.plusSeconds(90), null);
        model.pull();
        AgentWork work = row("ana").work();
        assertThat(work.text()).isEqualTo("Voice 1/1 · Chat 2/3");
        assertThat(work.nowMedia()).as("the one connected last").isEqualTo("Chat");
        assertThat(work.nowSince()).isEqualTo(START.plusSeconds(60));
        assertThat(work.phase()).isEqualTo("Hold");
        assertThat(work.phaseSince()).isEqualTo(START.plusSeconds(90));
        assertThat(work.overCapacity()).isEmpty();
    }

    @Test
    void aRowIsAmberPastAHoldThresholdUntilTheHoldEndsAndRedOverCapacity() {
        live.setOrgUtilization(capacities(1, 3));
        connect("bo", "c1", MediaType.CALL, START, START.plusSeconds(10), null);
        model.pull();
        assertThat(model.tint(row("bo")).level()).as("held 0 s of the 2 min allowed").isEqualTo(Level.OK);

        clock.advance(Duration.ofSeconds(10 + 121));
        model.pull();
        RowTints.Tint held = model.tint(row("bo"));
        assertThat(held.level()).isEqualTo(Level.WARN);
        assertThat(held.why()).isEqualTo("Voice on hold 2:01: past the hold threshold (2:00, Settings > "
                + "Interactions).");

        thresholds.set(InteractionSettings.defaults().with(MediaType.CALL,
                new InteractionSettings.Thresholds(600, 300, 120)));
        assertThat(model.tint(row("bo")).level()).as("the saved thresholds are read at each use")
                .isEqualTo(Level.OK);
        thresholds.set(InteractionSettings.defaults());

        connect("bo", "c1", MediaType.CALL, START, null, null);
        model.pull();
        assertThat(model.tint(row("bo")).level()).as("the hold ended").isEqualTo(Level.OK);

        connect("bo", "c2", MediaType.CALL, clock.instant(), null, null);
        model.pull();
        RowTints.Tint over = model.tint(row("bo"));
        assertThat(over.level()).isEqualTo(Level.ALERT);
        assertThat(over.why()).isEqualTo("Over capacity: Voice 2 of 1 (the agent's utilisation).");
    }

    @Test
    void theWorkFilterPicksAgentsOnHoldInAfterCallWorkLongOrOverCapacity() {
        live.setOrgUtilization(capacities(1, 3));
        connect("ana", "c1", MediaType.CALL, START, START.plusSeconds(5), null);
        connect("bo", "c2", MediaType.EMAIL, START, null, START.plusSeconds(5));
        connect("cy", "c3", MediaType.CHAT, START, null, null);
        connect("cy", "c4", MediaType.CHAT, START, null, null);
        connect("cy", "c5", MediaType.CHAT, START, null, null);
        connect("cy", "c6", MediaType.CHAT, START, null, null);
        model.pull();

        model.workProperty().set(WorkFilter.ON_HOLD);
        assertThat(shownIds()).containsExactly("ana");
        model.workProperty().set(WorkFilter.IN_AFTER_CALL_WORK);
        assertThat(shownIds()).containsExactly("bo");
        model.workProperty().set(WorkFilter.OVER_CAPACITY);
        assertThat(shownIds()).containsExactly("cy");
        model.workProperty().set(WorkFilter.LONG);
        assertThat(shownIds()).isEmpty();

        // Nothing changes but the clock: at 2 min 5 s the hold is long; the email's 5 min after-call work is not.
        clock.advance(Duration.ofSeconds(125));
        model.pull();
        assertThat(shownIds()).containsExactly("ana");

        model.clearFilters();
        assertThat(model.workProperty().get()).isNull();
        assertThat(shownIds()).containsExactly("ana", "bo", "cy");
    }

    @Test
    void theSelectedAgentsInteractionsAndCapacityShowAndTheirOwnUtilisationIsAskedFor() {
        List<String> asked = new ArrayList<>();
        live.setUtilizationSource(asked::add);
        live.setOrgUtilization(capacities(1, 3));
        connect("cy", "c1", MediaType.CALL, START, START.plusSeconds(60), null);
        connect("cy", "c2", MediaType.CHAT, START.plusSeconds(30), null, null);
        clock.advance(Duration.ofSeconds(90));
        model.pull();

        model.selectedProperty().set(row("cy"));

        assertThat(asked).containsExactly("cy");
        assertThat(model.interactions()).extracting(InteractionLine::media, InteractionLine::queue,
                InteractionLine::phase, InteractionLine::connectedAt).containsExactly(
                        tuple("Voice", "Billing", "On hold", "09:00:00"),
                        tuple("Chat", "Billing", "Connected", "09:00:30"));
        InteractionLine call = model.interactions().get(0);
        assertThat(call.handledFor(clock.instant())).isEqualTo("1:30");
        assertThat(call.inPhaseFor(clock.instant())).isEqualTo("30 s");
        assertThat(model.utilisationProperty().get())
                .isEqualTo("Utilisation: Voice 1, Chat 3, Email 1 (the org's, until theirs is read)");

        live.setAgentUtilization("cy", new Utilization(Map.of("call", new MediaUtilization(1, List.of(), false),
                "chat", new MediaUtilization(4, List.of(), false)), true));
        live.apply(new InteractionEvent("cy", new Interaction("c2", MediaType.CHAT, "q-billing",
                START.plusSeconds(30), null, null, START.plusSeconds(30)), true, START.plusSeconds(95)));
        model.pull();

        assertThat(model.utilisationProperty().get()).isEqualTo("Utilisation: Voice 1, Chat 4 (their own)");
        assertThat(model.interactions()).extracting(InteractionLine::conversationId).containsExactly("c1");
        assertThat(row("cy").work().text()).isEqualTo("Voice 1/1");

        model.selectedProperty().set(null);
        assertThat(model.interactions()).isEmpty();
        assertThat(model.utilisationProperty().get()).as("no agent, no figures").isEmpty();
    }

    @Test
    void aLongHoldAlertSaysHowLongTheCustomerHasBeenOnHoldNotHowLongTheCallHasLasted() {
        live.setOrgUtilization(capacities(1, 3));
        Instant held = START.plusSeconds(180);
        connect("bo", "c1", MediaType.CALL, START, held, null);
        clock.advance(Duration.ofSeconds(488));
        alerts.set(List.of(new Alert("a1", "bo", "Bo Berg", "Team Aurora", "Long hold", AlertCondition.LONG_HOLD,
                300, held, START.plusSeconds(480), AlertStatus.RAISED, "", null, "", null, null, 0,
                START.plusSeconds(480))));
        model.pull();

        RowTints.Tint tint = model.tint(row("bo"));

        assertThat(tint.level()).isEqualTo(Level.ALERT);
        assertThat(tint.why()).as("on hold since 9:03, now 9:08:08; the call began at 9:00")
                .startsWith("Alert: Long hold (on hold 5:08 so far)").doesNotContain("8:08");
    }

    @Test
    void theLongFilterTouchesTheListOnlyWhenAnAgentTurnsLongOrStopsBeing() {
        live.setOrgUtilization(capacities(1, 3));
        connect("ana", "c1", MediaType.CALL, START, START.plusSeconds(5), null);
        connect("bo", "c2", MediaType.CALL, START, null, null);
        model.pull();
        model.sortBy(new FloorSort(List.of(new FloorSort.Key(FloorSort.Column.NAME, true))));
        model.workProperty().set(WorkFilter.LONG);
        List<String> changes = new ArrayList<>();
        model.rows().addListener((ListChangeListener<FloorRow>) change -> {
            while (change.next()) {
                changes.add(change.getRemovedSize() + "-" + change.getAddedSize());
            }
        });

        clock.advance(Duration.ofSeconds(60));
        model.pull();
        clock.advance(Duration.ofSeconds(1));
        model.pull();
        assertThat(changes).as("seconds pass, nobody turns long: the list stays as it is").isEmpty();

        clock.advance(Duration.ofSeconds(65));
        model.pull();
        assertThat(shownIds()).as("Ana's hold is past 2 min").containsExactly("ana");
        clock.advance(Duration.ofSeconds(1));
        model.pull();
        assertThat(changes).as("once, when Ana turned long").hasSize(1);

        clock.advance(Duration.ofSeconds(600 - 127));
        model.pull();
        assertThat(shownIds()).as("Bo's call is past 10 min").containsExactly("ana", "bo");
    }
}
