package io.floorwatch.bench;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.genesys.Notification;
import io.floorwatch.genesys.NotificationDecoder;
import io.floorwatch.history.HistoryStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Agent-state ingest: real notification JSON, decoded, applied to the live state and written to an indexed H2
 * history by the writer thread, against a raw JDBC batch insert of the same events into the same schema, in the
 * same run. Rounds alternate so both see the same machine weather.
 */
public final class IngestBench {
    private static final int AGENTS = 20_000;
    private static final int EVENTS = 400_000;
    private static final int ROUNDS = 5;

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            ids.add(UUID.nameUUIDFromBytes(("agent" + i).getBytes()).toString());
        }
        List<String> frames = frames(ids);
        NotificationDecoder decoder = new NotificationDecoder(Clock.systemUTC());
        List<AgentStateEvent> decoded = new ArrayList<>(EVENTS);
        for (String frame : frames) {
            decoded.addAll(((Notification.StateChanges) decoder.decode(frame)).events());
        }
        // One round of each first, unmeasured, so both run JIT-compiled code when it counts.
        System.out.printf("warm-up: pipeline %,.0f events/s, raw JDBC %,.0f rows/s%n", pipeline(ids, frames, decoder),
                raw(decoded));
        double[] pipeline = new double[ROUNDS];
        double[] raw = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            pipeline[round] = pipeline(ids, frames, decoder);
            raw[round] = raw(decoded);
            System.out.printf("round %d: pipeline %,.0f events/s, raw JDBC %,.0f rows/s%n", round + 1,
                    pipeline[round], raw[round]);
        }
        double[] ratios = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            ratios[i] = pipeline[i] / raw[i];
        }
        System.out.printf("INGEST: median %,.0f events/s (JSON -> live state -> H2 history), raw JDBC median %,.0f "
                + "rows/s, median ratio %.0f %% (targets: >= 50,000/s and >= 70 %%)%n", Stats.median(pipeline),
                Stats.median(raw), 100 * Stats.median(ratios));
    }

    /** Presence and routing-status frames in the wire format, each with its own time, spread over the agents. */
    private static List<String> frames(List<String> ids) {
        List<String> frames = new ArrayList<>(EVENTS);
        Instant start = Instant.parse("2026-11-20T06:00:00Z");
        SystemPresence[] presences = SystemPresence.values();
        RoutingStatus[] statuses = RoutingStatus.values();
        for (int i = 0; i < EVENTS; i++) {
            String id = ids.get(i % ids.size());
            String at = start.plusMillis(i * 7L).toString();
            if (i % 2 == 0) {
                frames.add("{\"topicName\":\"v2.users." + id + ".presence\",\"version\":\"2\",\"eventBody\":{"
                        + "\"source\":\"PURECLOUD\",\"presenceDefinition\":{\"id\":\"" + UUID.nameUUIDFromBytes(
                                presences[i % presences.length].name().getBytes()) + "\",\"systemPresence\":\""
                        + presences[i % presences.length].name() + "\"},\"primary\":true,\"message\":\"\","
                        + "\"modifiedDate\":\"" + at + "\"},\"metadata\":{\"CorrelationId\":\""
                        + UUID.randomUUID() + "\"}}");
            } else {
                frames.add("{\"topicName\":\"v2.users." + id + ".routingStatus\",\"version\":\"2\",\"eventBody\":{"
                        + "\"id\":\"" + id + "\",\"routingStatus\":{\"status\":\"" + statuses[i % statuses.length]
                        + "\",\"startTime\":\"" + at + "\"},\"errorInfo\":null},\"metadata\":{\"CorrelationId\":\""
                        + UUID.randomUUID() + "\"}}");
            }
        }
        return frames;
    }

    private static double pipeline(List<String> ids, List<String> frames, NotificationDecoder decoder)
            throws Exception {
        Path dir = Files.createTempDirectory("bench-ingest");
        LiveState live = new LiveState();
        List<AgentSnapshot> seed = new ArrayList<>();
        for (String id : ids) {
            seed.add(new AgentSnapshot(new Agent(id, id, "", ""), new AgentState(id, SystemPresence.OFFLINE, null,
                    null, RoutingStatus.OFF_QUEUE, null)));
        }
        live.reset(seed);
        try (HistoryStore store = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(3650),
                Clock.systemUTC())) {
            long start = System.nanoTime();
            for (String frame : frames) {
                for (AgentStateEvent event : ((Notification.StateChanges) decoder.decode(frame)).events()) {
                    live.apply(event);
                    store.writer().offer(event);
                }
            }
            if (!store.writer().flush(Duration.ofMinutes(10))) {
                throw new IllegalStateException("writer did not finish");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (store.states().count() != EVENTS) {
                throw new IllegalStateException("stored " + store.states().count() + " of " + EVENTS);
            }
            return EVENTS / seconds;
        }
    }

    /** The same events with plain INSERT batches of 1,000, one commit each, into the migrated schema. */
    private static double raw(List<AgentStateEvent> events) throws Exception {
        Path dir = Files.createTempDirectory("bench-raw");
        // Flyway creates the same schema; then a plain connection does the inserts.
        HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(3650), Clock.systemUTC()).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("h").toAbsolutePath()
                + ";WRITE_DELAY=0", "floorwatch", "")) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            // The same work the writer does for first-seen agents: one numbered row each, inside the timing.
            Map<String, Integer> numbers = new HashMap<>();
            try (PreparedStatement agent = connection.prepareStatement("INSERT INTO agents (agent_no, user_id) "
                    + "VALUES (?, ?)")) {
                for (AgentStateEvent event : events) {
                    if (!numbers.containsKey(event.agentId())) {
                        numbers.put(event.agentId(), numbers.size() + 1);
                        agent.setInt(1, numbers.size());
                        agent.setString(2, event.agentId());
                        agent.addBatch();
                    }
                }
                agent.executeBatch();
                connection.commit();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agent_state_events "
                    + "(agent_no, ts, kind, state, definition_id, received) VALUES (?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                long received = System.currentTimeMillis();
                for (AgentStateEvent event : events) {
                    insert.setInt(1, numbers.get(event.agentId()));
                    insert.setLong(2, event.at().toEpochMilli());
                    insert.setInt(3, event.kind().ordinal());
                    insert.setString(4, event.state());
                    insert.setString(5, event.definitionId());
                    insert.setLong(6, received);
                    insert.addBatch();
                    if (++pending == 1_000) {
                        insert.executeBatch();
                        connection.commit();
                        pending = 0;
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            return events.size() / ((System.nanoTime() - start) / 1e9);
        }
    }
}
