package io.floorwatch.history;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.Occupancy;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Occupancy and utilisation from stored history: the state each agent held when the span opened counts from the
 * start, changes inside it split the time, and a queue adds up its people beside its own interactions' handle time.
 */
class OccupancyHistoryTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore history;

    @BeforeEach
    void open() {
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void anHourOfTwoAgentsIsSplitByTheirStatesAndTheQueueAddsThemUp() throws Exception {
        HistoryWriter writer = history.writer();
        // Ada: On Queue since before the span, idle, then 30 minutes interacting, then on break for the last 10.
        writer.offer(AgentStateEvent.presence("ada", SystemPresence.ON_QUEUE, null, T0.minus(Duration.ofHours(2))));
        writer.offer(AgentStateEvent.routing("ada", RoutingStatus.IDLE, T0.minus(Duration.ofHours(2))));
        writer.offer(AgentStateEvent.routing("ada", RoutingStatus.INTERACTING, at(10)));
        writer.offer(AgentStateEvent.routing("ada", RoutingStatus.IDLE, at(40)));
        writer.offer(AgentStateEvent.presence("ada", SystemPresence.BREAK, null, at(50)));
        writer.offer(AgentStateEvent.routing("ada", RoutingStatus.OFF_QUEUE, at(50)));
        // Ben: offline until 09:30, then On Queue and interacting the whole rest.
        writer.offer(AgentStateEvent.presence("ben", SystemPresence.OFFLINE, null, T0.minus(Duration.ofHours(1))));
        writer.offer(AgentStateEvent.presence("ben", SystemPresence.ON_QUEUE, null, at(30)));
        writer.offer(AgentStateEvent.routing("ben", RoutingStatus.INTERACTING, at(30)));
        // One Billing call Ada handled from 09:10 to 09:40 (after-call work included).
        Interaction call = new Interaction("c-1", MediaType.CALL, "q-billing", at(10), null, null, at(10));
        writer.offer(new InteractionEvent("ada", call, false, at(10)));
        writer.offer(new InteractionEvent("ada", call, true, at(40)));
        assertThat(writer.flush(Duration.ofSeconds(5))).isTrue();

        OccupancyHistory.Report report = history.occupancy().report(T0, at(60),
                Map.of("q-billing", List.of("ada", "ben")), Map.of("ada", "Ada", "ben", "Ben", "q-billing",
                        "Billing"));

        Occupancy ada = report.agents().get(0);
        assertThat(ada.name()).isEqualTo("Ada");
        assertThat(ada.loggedIn()).isEqualTo(Duration.ofMinutes(60));
        assertThat(ada.onQueue()).isEqualTo(Duration.ofMinutes(50));
        assertThat(ada.interacting()).isEqualTo(Duration.ofMinutes(30));
        assertThat(ada.occupancy()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.6, offset(1e-9)));
        assertThat(ada.utilisation()).hasValueSatisfying(v -> assertThat(v).isCloseTo(50 / 60.0, offset(1e-9)));
        Occupancy ben = report.agents().get(1);
        assertThat(ben.loggedIn()).isEqualTo(Duration.ofMinutes(30));
        assertThat(ben.occupancy()).contains(1.0);

        Occupancy billing = report.queues().get(0);
        assertThat(billing.name()).isEqualTo("Billing");
        assertThat(billing.onQueue()).isEqualTo(Duration.ofMinutes(80));
        assertThat(billing.interacting()).isEqualTo(Duration.ofMinutes(60));
        assertThat(billing.handledHere()).isEqualTo(Duration.ofMinutes(30));

        Path csv = dir.resolve("occupancy.csv");
        assertThat(OccupancyHistory.exportCsv(report, csv.toFile())).isEqualTo(3);
        assertThat(Files.readAllLines(csv)).hasSize(4).element(1).asString()
                .startsWith("queue,q-billing,Billing,").contains(",4800,3600,1800,0.7500,");
        assertThat(history.interactions().handlers(T0, at(60))).isEqualTo(Map.of("q-billing", List.of("ada")));
    }

    @Test
    void aSpanThatDoesNotEndAfterItStartsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.occupancy().report(T0, T0, Map.of(),
                Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end after");
    }
}
