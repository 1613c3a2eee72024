package io.floorwatch.bench;

import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.genesys.Notification;
import io.floorwatch.genesys.NotificationDecoder;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.history.HistoryWriter;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
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
import java.util.function.Consumer;

/**
 * Agent-state ingest: real notification JSON, decoded, applied to the live state and written to an indexed H2
 * history by the writer thread, against a raw JDBC batch insert of the same events into the same schema, in the
 * same run. Of every thirty frames, eighteen are presence or routing status, nine an agent's conversation (connected,
 * on hold, after-call work, ended) and three an agent's adherence on their management unit's topic, as on a floor
 * with 1,800 state changes, 900 conversation changes and 300 adherence changes a second.
 * Each round also times the history writer alone: the same events, already decoded, offered to it as the feeds
 * do, which is ingest into history without the decoding and the live floor that share the machine with it.
 * Rounds alternate so all three see the same machine weather. {@code -Dbench.agents}, {@code -Dbench.events} and
 * {@code -Dbench.rounds} size another run; the mix of frames stays the same.
 */
public final class IngestBench {
    private static final int AGENTS = Integer.getInteger("bench.agents", 20_000);
    private static final int EVENTS = Integer.getInteger("bench.events", 400_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            ids.add(UUID.nameUUIDFromBytes(("agent" + i).getBytes()).toString());
        }
        List<String> frames = frames(ids);
        NotificationDecoder decoder = new NotificationDecoder(Clock.systemUTC());
        List<Object> decoded = new ArrayList<>(EVENTS);
        for (String frame : frames) {
            Notification notification = decoder.decode(frame);
            if (notification instanceof Notification.StateChanges changes) {
                decoded.addAll(changes.events());
            } else if (notification instanceof Notification.AdherenceChanged changed) {
                decoded.add(changed.adherence());
            } else {
                decoded.addAll(((Notification.InteractionChanges) notification).events());
            }
        }
        // One round of each first, unmeasured, so both run JIT-compiled code when it counts.
        System.out.printf("warm-up: pipeline %,.0f events/s, raw JDBC %,.0f rows/s%n", pipeline(ids, frames, decoder),
                raw(decoded));
        double[] pipeline = new double[ROUNDS];
        double[] writer = new double[ROUNDS];
        double[] raw = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long gc0 = gcMillis();
            pipeline[round] = pipeline(ids, frames, decoder);
            long gc1 = gcMillis();
            writer[round] = writer(decoded);
            long gc2 = gcMillis();
            raw[round] = raw(decoded);
            System.out.printf("round %d: pipeline %,.0f events/s (GC %,d ms), history writer %,.0f rows/s (GC %,d ms), "
                    + "raw JDBC %,.0f rows/s (GC %,d ms)%n", round + 1, pipeline[round], gc1 - gc0, writer[round],
                    gc2 - gc1, raw[round], gcMillis() - gc2);
        }
        double[] ratios = new double[ROUNDS];
        double[] writerRatios = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            ratios[i] = pipeline[i] / raw[i] * 100;
            writerRatios[i] = writer[i] / raw[i] * 100;
        }
        System.out.printf("INGEST AT %,d AGENTS, %,d events, %d rounds: pipeline %s (JSON -> live state -> H2 "
                + "history; three in ten conversations, one in ten adherence; target >= 50,000/s), raw JDBC %s, "
                + "ratio %s (target >= 85 %% of raw, issue 25; DESIGN's 20,000-agent row >= 70 %%); the history writer "
                + "alone %s, %s of raw%n", AGENTS, EVENTS, ROUNDS, Stats.figure(pipeline, "%,.0f", "events/s"),
                Stats.figure(raw, "%,.0f", "rows/s"), Stats.figure(ratios, "%.0f", "%"),
                Stats.figure(writer, "%,.0f", "rows/s"), Stats.figure(writerRatios, "%.0f", "%"));
    }

    /** Time the collectors took so far (pauses and, for G1, concurrent work it reports). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
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
            if (i % 10 == 9) {
                frames.add(adherence(id, i, at));
            } else if (i % 3 == 2) {
                frames.add(conversation(id, i / 3 / ids.size(), at));
            } else if (i % 2 == 0) {
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

    /** One agent's adherence on their management unit's topic, in and out by turns. */
    private static String adherence(String agentId, int i, String at) {
        boolean out = i / 10 % 2 == 1;
        return "{\"topicName\":\"v2.workforcemanagement.managementunits.mu-" + (agentId.hashCode() & 15)
                + ".adherence\",\"version\":\"2\",\"eventBody\":{\"user\":{\"id\":\"" + agentId + "\"},"
                + "\"managementUnitId\":\"mu-" + (agentId.hashCode() & 15) + "\",\"team\":{\"id\":\"t1\"},"
                + "\"scheduledActivityCategory\":\"OnQueueWork\",\"scheduledActivityCode\":{\"id\":\"c0\"},"
                + "\"systemPresence\":\"" + (out ? "Break" : "OnQueue") + "\",\"routingStatus\":\""
                + (out ? "OFF_QUEUE" : "IDLE") + "\",\"actualActivityCategory\":\"" + (out ? "Break" : "OnQueueWork")
                + "\",\"isOutOfOffice\":false,\"adherenceState\":\"" + (out ? "OutOfAdherence" : "InAdherence")
                + "\",\"impact\":\"" + (out ? "Negative" : "Neutral") + "\",\"adherenceChangeTime\":\"" + at
                + "\",\"presenceUpdateTime\":\"" + at + "\",\"activeQueues\":[],\"removedFromManagementUnit\":false},"
                + "\"metadata\":{\"CorrelationId\":\"" + UUID.randomUUID() + "\"}}";
    }

    /**
     * One agent's conversation frame, shaped as {@code ConversationEventTopicConversation}: the n-th change of the
     * agent's calls, cycling connected, on hold, after-call work, ended (a new conversation every four).
     */
    private static String conversation(String agentId, int n, String at) {
        String id = agentId + "-" + n / 4;
        String session = switch (n % 4) {
            case 0 -> "\"state\":\"connected\",\"held\":false,\"connectedTime\":\"" + at + "\"";
            case 1 -> "\"state\":\"connected\",\"held\":true,\"startHoldTime\":\"" + at
                    + "\",\"connectedTime\":\"2026-11-20T05:00:00Z\"";
            case 2 -> "\"state\":\"disconnected\",\"held\":false,\"connectedTime\":\"2026-11-20T05:00:00Z\","
                    + "\"disconnectedTime\":\"" + at + "\",\"afterCallWorkRequired\":true,\"afterCallWork\":{"
                    + "\"state\":\"pending\",\"startTime\":\"" + at + "\"}";
            default -> "\"state\":\"disconnected\",\"held\":false,\"connectedTime\":\"2026-11-20T05:00:00Z\","
                    + "\"disconnectedTime\":\"" + at + "\",\"afterCallWorkRequired\":true,\"afterCallWork\":{"
                    + "\"state\":\"complete\",\"startTime\":\"" + at + "\",\"endTime\":\"" + at + "\"}";
        };
        return "{\"topicName\":\"v2.users." + agentId + ".conversations\",\"version\":\"2\",\"eventBody\":{\"id\":\""
                + id + "\",\"participants\":[{\"id\":\"" + id + "-c\",\"purpose\":\"customer\",\"calls\":[{"
                + "\"id\":\"" + id + "-c1\",\"state\":\"connected\"}]},{\"id\":\"" + id + "-a\",\"purpose\":"
                + "\"agent\",\"userId\":\"" + agentId + "\",\"queueId\":\"queue-" + (agentId.hashCode() & 7)
                + "\",\"wrapupRequired\":true,\"calls\":[{\"id\":\"" + id + "-a1\"," + session + "}]}]},"
                + "\"metadata\":{\"CorrelationId\":\"" + UUID.randomUUID() + "\"}}";
    }

    private static double pipeline(List<String> ids, List<String> frames, NotificationDecoder decoder)
            throws Exception {
        LiveState live = new LiveState();
        List<AgentSnapshot> seed = new ArrayList<>();
        for (String id : ids) {
            seed.add(new AgentSnapshot(new Agent(id, id, "", ""), new AgentState(id, SystemPresence.OFFLINE, null,
                    null, RoutingStatus.OFF_QUEUE, null)));
        }
        live.reset(seed);
        return intoHistory("bench-ingest", writer -> {
            for (String frame : frames) {
                Notification notification = decoder.decode(frame);
                if (notification instanceof Notification.StateChanges changes) {
                    for (AgentStateEvent event : changes.events()) {
                        live.apply(event);
                        writer.offer(event);
                    }
                } else if (notification instanceof Notification.AdherenceChanged changed) {
                    // As the adherence feed does: stored when it changed what the floor shows.
                    if (live.adherence().apply(changed.adherence())) {
                        writer.offer(changed.adherence(), changed.adherence().changedAt());
                    }
                } else {
                    for (InteractionEvent event : ((Notification.InteractionChanges) notification).events()) {
                        live.apply(event);
                        writer.offer(event);
                    }
                }
            }
        });
    }

    /** The decoded events offered to a fresh history's writer, as the feeds offer them, until all are stored. */
    private static double writer(List<Object> events) throws Exception {
        return intoHistory("bench-writer", writer -> {
            for (Object item : events) {
                if (item instanceof AgentStateEvent event) {
                    writer.offer(event);
                } else if (item instanceof Adherence adherence) {
                    writer.offer(adherence, adherence.changedAt());
                } else {
                    writer.offer((InteractionEvent) item);
                }
            }
        });
    }

    /**
     * Events a second into a fresh history: {@code offering} hands all {@link #EVENTS} to its writer, timed until
     * the writer has stored them, and every one must be there.
     */
    private static double intoHistory(String name, Consumer<HistoryWriter> offering) throws Exception {
        Path dir = Files.createTempDirectory(name);
        try (HistoryStore store = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(3650),
                Clock.systemUTC())) {
            long start = System.nanoTime();
            offering.accept(store.writer());
            if (!store.writer().flush(Duration.ofMinutes(10))) {
                throw new IllegalStateException("writer did not finish");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long stored = store.states().count() + store.interactions().count() + store.adherence().count();
            if (stored != EVENTS) {
                throw new IllegalStateException("stored " + stored + " of " + EVENTS);
            }
            return EVENTS / seconds;
        }
    }

    /** The same events with plain INSERT batches of 1,000, one commit each, into the migrated schema. */
    private static double raw(List<Object> events) throws Exception {
        Path dir = Files.createTempDirectory("bench-raw");
        // Flyway creates the same schema; then a plain connection does the inserts.
        HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(3650), Clock.systemUTC()).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("h").toAbsolutePath()
                + ";WRITE_DELAY=0", "floorwatch", "")) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            // The same work the writer does for first-seen agents: one numbered row each, inside the timing.
            Map<String, Integer> numbers = new HashMap<>();
            Map<String, Integer> queueNumbers = new HashMap<>();
            try (PreparedStatement agent = connection.prepareStatement("INSERT INTO agents (agent_no, user_id) "
                    + "VALUES (?, ?)");
                    PreparedStatement queue = connection.prepareStatement("INSERT INTO queues (queue_no, queue_id) "
                            + "VALUES (?, ?)")) {
                for (Object event : events) {
                    String agentId = event instanceof AgentStateEvent s ? s.agentId()
                            : event instanceof Adherence a ? a.userId() : ((InteractionEvent) event).agentId();
                    if (!numbers.containsKey(agentId)) {
                        numbers.put(agentId, numbers.size() + 1);
                        agent.setInt(1, numbers.size());
                        agent.setString(2, agentId);
                        agent.addBatch();
                    }
                    if (event instanceof InteractionEvent i && !queueNumbers.containsKey(i.interaction().queueId())) {
                        queueNumbers.put(i.interaction().queueId(), queueNumbers.size() + 1);
                        queue.setInt(1, queueNumbers.size());
                        queue.setString(2, i.interaction().queueId());
                        queue.addBatch();
                    }
                }
                agent.executeBatch();
                queue.executeBatch();
                connection.commit();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agent_state_events "
                    + "(agent_no, ts, kind, state, definition_id, received) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement interaction = connection.prepareStatement("INSERT INTO interaction_events "
                            + "(agent_no, ts, conversation_id, phase, media, queue_no, connected_at, received) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement adherence = connection.prepareStatement("INSERT INTO adherence_events "
                            + "(agent_no, seen_at, changed_at, unit_id, scheduled, actual, state, impact, received) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                long received = System.currentTimeMillis();
                for (Object item : events) {
                    if (item instanceof AgentStateEvent event) {
                        insert.setInt(1, numbers.get(event.agentId()));
                        insert.setLong(2, event.at().toEpochMilli());
                        insert.setInt(3, event.kind().ordinal());
                        insert.setString(4, event.state());
                        insert.setString(5, event.definitionId());
                        insert.setLong(6, received);
                        insert.addBatch();
                    } else if (item instanceof Adherence a) {
                        adherence.setInt(1, numbers.get(a.userId()));
                        adherence.setLong(2, a.changedAt().toEpochMilli());
                        adherence.setLong(3, a.changedAt().toEpochMilli());
                        adherence.setString(4, a.managementUnitId());
                        adherence.setInt(5, a.scheduled().ordinal());
                        adherence.setInt(6, a.actual().ordinal());
                        adherence.setInt(7, a.state().ordinal());
                        adherence.setInt(8, a.impact().ordinal());
                        adherence.setLong(9, received);
                        adherence.addBatch();
                    } else {
                        InteractionEvent event = (InteractionEvent) item;
                        interaction.setInt(1, numbers.get(event.agentId()));
                        interaction.setLong(2, event.at().toEpochMilli());
                        interaction.setString(3, event.conversationId());
                        interaction.setInt(4, event.ended() ? 3 : event.interaction().phase().ordinal());
                        interaction.setInt(5, event.interaction().media().ordinal());
                        interaction.setInt(6, queueNumbers.get(event.interaction().queueId()));
                        interaction.setLong(7, event.interaction().connectedAt().toEpochMilli());
                        interaction.setLong(8, received);
                        interaction.addBatch();
                    }
                    if (++pending == 1_000) {
                        insert.executeBatch();
                        interaction.executeBatch();
                        adherence.executeBatch();
                        connection.commit();
                        pending = 0;
                    }
                }
                insert.executeBatch();
                interaction.executeBatch();
                adherence.executeBatch();
                connection.commit();
            }
            return events.size() / ((System.nanoTime() - start) / 1e9);
        }
    }
}
