package io.floorwatch.monitor;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.sim.FloorPlan;
import io.floorwatch.feed.GenesysAgentFeed;
import io.floorwatch.feed.LiveState;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.AlertQuery;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's misbehaving agents, seen through the real feed (SDK seed, notification sockets), raise alerts for
 * what they do after the monitor starts.
 */
class AlertsFromTheFeedIT {
    private static final ChannelPoolSettings FAST = ChannelPoolSettings.standard()
            .withTimers(Duration.ofSeconds(20), Duration.ofSeconds(1), Duration.ofSeconds(2))
            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));

    @TempDir
    Path dir;

    @Test
    void lingeringAgentsRaiseTheirAlertsAndLeavingTheStateClearsThem() throws Exception {
        AlertSettings settings = new AlertSettings(List.of(
                AlertRule.of("Not responding", AlertCondition.NOT_RESPONDING, Duration.ZERO),
                AlertRule.of("Available, not on queue", AlertCondition.AVAILABLE_OFF_QUEUE, Duration.ZERO)),
                1, 0, false, "");
        LiveState live = new LiveState();
        Clock clock = Clock.systemUTC();
        try (Emulator emulator = new Emulator(TestEmulators.still(60)).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), clock);
                GenesysAgentFeed feed = new GenesysAgentFeed(gateway, live, history.writer(), FAST, clock);
                AlertMonitor monitor = new AlertMonitor(live, List::of, history.writer(), history.alerts(), settings,
                        clock, Duration.ofMillis(100))) {
            feed.start();
            monitor.start();
            Await.until("the floor seeded", Duration.ofSeconds(30), () -> live.size() == 60);
            Await.until("the channel open", Duration.ofSeconds(30), () -> feed.health().channelsOpen() == 1);

            // What the simulator does to its not-responders on its first step, here by hand on a still floor.
            Set<String> notResponders = agents(emulator, FloorPlan.Behaviour.NOT_RESPONDER);
            Set<String> lingerAvailable = agents(emulator, FloorPlan.Behaviour.LINGER_AVAILABLE);
            assertThat(notResponders).isNotEmpty();
            assertThat(lingerAvailable).isNotEmpty();
            // The lingerers have been available since the emulator's start, before the monitor's: with a threshold
            // of 0 that passed before it started, so they raise nothing for it (no storm on opening the console).
            Await.quietFor("an alert for a state that was past its threshold at start", Duration.ofMillis(1500),
                    () -> !monitor.active().isEmpty());

            for (String id : notResponders) {
                emulator.org().setRoutingStatus(emulator.org().user(id).orElseThrow(), RoutingStatus.NOT_RESPONDING);
            }
            // Back from a moment's busy, their new spell of available began after the start: it alerts.
            for (String id : lingerAvailable) {
                emulator.org().setPresence(emulator.org().user(id).orElseThrow(), SystemPresence.BUSY);
                emulator.org().setPresence(emulator.org().user(id).orElseThrow(), SystemPresence.AVAILABLE);
            }

            Await.until("an alert for every agent not responding and every lingerer back to available",
                    Duration.ofSeconds(30), () -> alerted(monitor, AlertCondition.NOT_RESPONDING)
                            .equals(truth(emulator, SystemPresence.ON_QUEUE, RoutingStatus.NOT_RESPONDING))
                            && alerted(monitor, AlertCondition.AVAILABLE_OFF_QUEUE).equals(lingerAvailable));
            assertThat(alerted(monitor, AlertCondition.NOT_RESPONDING)).containsAll(notResponders);
            assertThat(truth(emulator, SystemPresence.AVAILABLE, null)).as("agents available since before the start, "
                    + "with no alert").hasSizeGreaterThan(lingerAvailable.size());

            String backOnQueue = lingerAvailable.iterator().next();
            emulator.org().setPresence(emulator.org().user(backOnQueue).orElseThrow(), SystemPresence.ON_QUEUE);
            Await.until("the alert of the agent back on queue cleared", Duration.ofSeconds(30),
                    () -> !alerted(monitor, AlertCondition.AVAILABLE_OFF_QUEUE).contains(backOnQueue));

            int active = monitor.active().size();
            assertThat(history.writer().flush(Duration.ofSeconds(10))).isTrue();
            List<Alert> stored = history.alerts().page(AlertQuery.all(), null, 1000).alerts();
            assertThat(stored).hasSize(active + 1);
            assertThat(stored).filteredOn(a -> a.agentId().equals(backOnQueue)).singleElement()
                    .satisfies(a -> assertThat(a.clearedAt()).isNotNull());
        }
    }

    private static Set<String> agents(Emulator emulator, FloorPlan.Behaviour behaviour) {
        return emulator.plan().behaviours().entrySet().stream().filter(e -> e.getValue() == behaviour)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Set<String> alerted(AlertMonitor monitor, AlertCondition condition) {
        return monitor.active().stream().filter(a -> a.condition() == condition).map(Alert::agentId)
                .collect(Collectors.toSet());
    }

    private static Set<String> truth(Emulator emulator, SystemPresence presence, RoutingStatus routing) {
        return emulator.org().users().stream().filter(u -> {
            EmUser.Status status = u.status();
            return status.presence() == presence && (routing == null || status.routingStatus() == routing);
        }).map(EmUser::id).collect(Collectors.toSet());
    }
}
