package io.floorwatch.ui.alerts;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.testkit.MovableClock;
import io.floorwatch.testkit.RecordingDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert center's two halves without a toolkit, over the real monitor and history: a burst of alerts is one
 * summary toast, acting is stored and counted; the past search pages what history holds and takes a note.
 */
class AlertsViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    /** Not responding since a second after {@code start}: a state under way at the start would not alert. */
    private static AgentSnapshot notResponding(int i, Instant start) {
        Instant since = start.plusSeconds(1);
        String id = "u-" + i;
        return new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", "Team Aurora", "Agent"),
                new AgentState(id, SystemPresence.ON_QUEUE, null, since, RoutingStatus.NOT_RESPONDING, since),
                List.of());
    }

    @Test
    void aBurstIsOneToastActingIsCountedAndThePastSearchFindsAndNotesWhatHistoryHolds() {
        MovableClock clock = new MovableClock(Instant.now());
        dialogs.saveAs = dir.resolve("alerts.csv").toFile();
        LiveState live = new LiveState();
        live.reset(IntStream.range(0, 5).mapToObj(i -> notResponding(i, clock.instant())).toList());
        try (HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(90),
                Clock.systemUTC());
                AlertMonitor monitor = new AlertMonitor(live, List::of, history.writer(), history.alerts(),
                        AlertSettings.defaults(), clock, Duration.ofHours(1));
                AlertsViewModel model = new AlertsViewModel(monitor, history.alerts(), new CurrentThreadTasks(),
                        dialogs, clock, "sup.one", agent -> { })) {
            List<AlertsViewModel.Toast> toasts = new ArrayList<>();
            model.setToastSink(toasts::add);
            clock.advance(Duration.ofSeconds(90));
            monitor.tick(clock.instant());
            model.pull();
            assertThat(model.active()).hasSize(5);
            assertThat(model.raisedCountProperty().get()).isEqualTo(5);
            assertThat(toasts).singleElement().satisfies(t -> {
                assertThat(t.summary()).isTrue();
                assertThat(t.title()).isEqualTo("5 new alerts");
            });

            Alert first = model.active().get(0);
            model.selectedProperty().set(first);
            model.noteProperty().set("  called the agent  ");
            model.acknowledgeCommand().execute();
            assertThat(model.messageProperty().get()).isEqualTo("Acknowledged " + first.agentName() + ".");
            assertThat(model.raisedCountProperty().get()).isEqualTo(4);
            assertThat(model.selectedProperty().get().status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
            assertThat(model.acknowledgeCommand().executableProperty().get()).as("already acknowledged").isFalse();

            assertThat(history.writer().flush(Duration.ofSeconds(5))).isTrue();
            PastAlertsViewModel past = model.past();
            past.searchCommand().execute();
            assertThat(past.messageProperty().get()).isEqualTo("5 alerts, newest first.");
            assertThat(past.olderCommand().executableProperty().get()).isFalse();
            past.agentProperty().set(first.agentName());
            past.searchCommand().execute();
            assertThat(past.alerts()).singleElement().satisfies(a -> assertThat(a.note())
                    .isEqualTo("called the agent"));

            past.selectedProperty().set(past.alerts().get(0));
            assertThat(past.noteProperty().get()).isEqualTo("called the agent");
            past.noteProperty().set("back on queue at 10:05");
            past.saveNoteCommand().execute();
            assertThat(past.messageProperty().get()).isEqualTo("Note saved for " + first.agentName() + ".");
            assertThat(past.alerts().get(0).note()).isEqualTo("back on queue at 10:05");

            past.agentProperty().set("");
            past.exportCommand().execute();
            assertThat(past.messageProperty().get()).startsWith("Exported 5 alerts to ");
            assertThat(dialogs.shown).isEmpty();
        }
    }

    @Test
    void aQuietRulesAlertsListWithoutAToast() {
        MovableClock clock = new MovableClock(Instant.now());
        LiveState live = new LiveState();
        live.reset(IntStream.range(0, 2).mapToObj(i -> notResponding(i, clock.instant())).toList());
        List<AlertRule> quietNotResponding = AlertRule.defaults().stream().map(r -> new AlertRule(r.name(),
                r.condition(), r.thresholdSeconds(), r.teams(), r.queues(), r.roles(), r.enabled(),
                r.condition() == AlertCondition.NOT_RESPONDING)).toList();
        try (HistoryStore history = HistoryStore.openOrFail(dir.resolve("q"), Duration.ofDays(90),
                Clock.systemUTC());
                AlertMonitor monitor = new AlertMonitor(live, List::of, history.writer(), history.alerts(),
                        AlertSettings.defaults().withRules(quietNotResponding), clock, Duration.ofHours(1));
                AlertsViewModel model = new AlertsViewModel(monitor, history.alerts(), new CurrentThreadTasks(),
                        dialogs, clock, "sup.one", agent -> { })) {
            List<AlertsViewModel.Toast> toasts = new ArrayList<>();
            model.setToastSink(toasts::add);
            clock.advance(Duration.ofSeconds(90));
            monitor.tick(clock.instant());
            model.pull();
            assertThat(model.active()).hasSize(2);
            assertThat(model.raisedCountProperty().get()).isEqualTo(2);
            assertThat(toasts).isEmpty();
        }
    }
}
