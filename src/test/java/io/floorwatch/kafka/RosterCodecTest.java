package io.floorwatch.kafka;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster's records: written and read back the same, tombstones by key, and refused with a reason when wrong. */
class RosterCodecTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private final RosterCodec codec = new RosterCodec();

    static RosterRecord.AgentEntry agent() {
        AgentState state = new AgentState("u-1", SystemPresence.ON_QUEUE, "def-oq", T0, RoutingStatus.INTERACTING,
                T0.plusSeconds(5));
        List<Interaction> interactions = List.of(
                new Interaction("c-1", MediaType.CALL, "q-1", T0.plusSeconds(5), T0.plusSeconds(40), null,
                        T0.plusSeconds(40)),
                new Interaction("c-2", MediaType.EMAIL, null, T0.plusSeconds(6), null, T0.plusSeconds(60),
                        T0.plusSeconds(60)));
        return new RosterRecord.AgentEntry(new Agent("u-1", "Ada Lovelace", "ada@example.com", "Billing", "Agent"),
                state, List.of("Billing", "Sales"), List.of("English", "Refunds"), interactions, T0.plusSeconds(61));
    }

    static RosterRecord.QueueEntry queue() {
        QueueSettings settings = new QueueSettings("Billing", null, "div-1", null, null, null, Map.of(
                "call", new MediaSettings(8, 0.8, 20_000L), "chat", new MediaSettings(30, 0.9, 60_000L)));
        return new RosterRecord.QueueEntry(new RoutingQueue("q-1", settings, 12, 7, null), T0);
    }

    @Test
    void anAgentWithStateSkillsQueuesAndInteractionsRoundTrips() {
        RosterRecord.AgentEntry agent = agent();
        assertThat(codec.decode("u-1", codec.encode(agent))).isEqualTo(new Decoded.Ok<>(agent));
        assertThat(agent.key()).isEqualTo("u-1");
    }

    @Test
    void anAgentWithoutOptionalFieldsRoundTrips() {
        RosterRecord.AgentEntry bare = new RosterRecord.AgentEntry(new Agent("u-2", "Bo", null, null),
                new AgentState("u-2", SystemPresence.OFFLINE, null, null, RoutingStatus.OFF_QUEUE, null), List.of(),
                List.of(), List.of(), T0);
        assertThat(codec.decode("u-2", codec.encode(bare))).isEqualTo(new Decoded.Ok<>(bare));
    }

    @Test
    void aQueueRoundTripsWithWhatItsThresholdsRead() {
        RosterRecord.QueueEntry queue = queue();
        Decoded<RosterRecord> decoded = codec.decode("queue:q-1", codec.encode(queue));
        assertThat(decoded).isEqualTo(new Decoded.Ok<>(queue));
        RoutingQueue read = ((RosterRecord.QueueEntry) ((Decoded.Ok<RosterRecord>) decoded).value()).queue();
        assertThat(QueueThresholds.ofQueue(read)).isEqualTo(QueueThresholds.ofQueue(queue.queue()))
                .isEqualTo(new QueueThresholds(0.8, 0.8 - QueueThresholds.RED_MARGIN, null, null, 20L, 40L));
        assertThat(queue.key()).isEqualTo("queue:q-1");
    }

    @Test
    void aNullValueIsTheTombstoneOfTheAgentOrQueueItsKeyNames() {
        assertThat(codec.encode(new RosterRecord.AgentGone("u-1"))).isNull();
        assertThat(codec.encode(new RosterRecord.QueueGone("q-1"))).isNull();
        assertThat(codec.decode("u-1", null)).isEqualTo(new Decoded.Ok<>(new RosterRecord.AgentGone("u-1")));
        assertThat(codec.decode("queue:q-1", null)).isEqualTo(new Decoded.Ok<>(new RosterRecord.QueueGone("q-1")));
        assertThat(new RosterRecord.QueueGone("q-1").key()).isEqualTo("queue:q-1");
        assertThat(reason(null, (byte[]) null)).contains("tombstone", "key");
        assertThat(reason("u-1", new byte[0])).startsWith("empty record");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no type|{\"schemaVersion\":1,\"agentId\":\"u-1\"}|type is missing",
        "unknown type|{\"type\":\"skill\"}|type 'skill' is not one",
        "newer schema|{\"schemaVersion\":2,\"type\":\"agent\"}|schemaVersion 2",
        "no name|{\"type\":\"agent\",\"agentId\":\"u-1\",\"presence\":\"AVAILABLE\",\"routingStatus\":\"IDLE\","
            + "\"at\":\"2026-12-01T09:00:00Z\"}|name is missing",
        "bad presence|{\"type\":\"agent\",\"agentId\":\"u-1\",\"name\":\"A\",\"presence\":\"HAPPY\","
            + "\"routingStatus\":\"IDLE\",\"at\":\"2026-12-01T09:00:00Z\"}|presence 'HAPPY' is not a system presence",
        "bad routing|{\"type\":\"agent\",\"agentId\":\"u-1\",\"name\":\"A\",\"presence\":\"AVAILABLE\","
            + "\"routingStatus\":\"ON_QUEUE\",\"at\":\"2026-12-01T09:00:00Z\"}|routingStatus 'ON_QUEUE' is not",
        "queues not a list|{\"type\":\"agent\",\"agentId\":\"u-1\",\"name\":\"A\",\"presence\":\"AVAILABLE\","
            + "\"routingStatus\":\"IDLE\",\"queues\":\"Billing\",\"at\":\"2026-12-01T09:00:00Z\"}|queues must be a list",
        "bad interaction|{\"type\":\"agent\",\"agentId\":\"u-1\",\"name\":\"A\",\"presence\":\"AVAILABLE\","
            + "\"routingStatus\":\"IDLE\",\"interactions\":[{\"conversationId\":\"c\",\"media\":\"fax\"}],"
            + "\"at\":\"2026-12-01T09:00:00Z\"}|interactions[0].media 'fax'",
        "bad since|{\"type\":\"agent\",\"agentId\":\"u-1\",\"name\":\"A\",\"presence\":\"AVAILABLE\","
            + "\"presenceSince\":\"9am\",\"routingStatus\":\"IDLE\",\"at\":\"2026-12-01T09:00:00Z\"}"
            + "|presenceSince '9am' is not an ISO-8601 instant",
        "key mismatch|{\"type\":\"agent\",\"agentId\":\"u-9\",\"name\":\"A\",\"presence\":\"AVAILABLE\","
            + "\"routingStatus\":\"IDLE\",\"at\":\"2026-12-01T09:00:00Z\"}|key 'u-1' does not match agentId 'u-9'",
        "no queue name|{\"type\":\"queue\",\"queueId\":\"q-1\",\"at\":\"2026-12-01T09:00:00Z\"}|name is missing",
        "service level over 1|{\"type\":\"queue\",\"queueId\":\"q-1\",\"name\":\"B\",\"media\":{\"call\":"
            + "{\"serviceLevelPercentage\":80}},\"at\":\"2026-12-01T09:00:00Z\"}"
            + "|media.call.serviceLevelPercentage must be a share",
        "negative members|{\"type\":\"queue\",\"queueId\":\"q-1\",\"name\":\"B\",\"memberCount\":-1,"
            + "\"at\":\"2026-12-01T09:00:00Z\"}|memberCount must be a count",
        "not an object|[1,2]|not a JSON object",
        "not JSON|{agent|not JSON",
    })
    void aMalformedRecordIsRejectedWithAReasonNamingTheField(String what, String json, String expected) {
        String key = json.contains("\"queue\"") ? "queue:q-1" : "u-1";
        assertThat(reason(key, json.getBytes(StandardCharsets.UTF_8))).as(what).contains(expected);
    }

    @Test
    void aQueueRecordUnderAnotherKeyIsRejected() {
        assertThat(reason("q-1", codec.encode(queue()))).contains("key 'q-1' does not match queueId 'q-1'");
    }

    @Test
    void unknownFieldsAreTolerated() {
        String json = "{\"schemaVersion\":1,\"type\":\"queue\",\"queueId\":\"q-1\",\"name\":\"B\",\"site\":\"Leeds\","
                + "\"at\":\"2026-12-01T09:00:00Z\"}";
        assertThat(codec.decode("queue:q-1", json.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Decoded.Ok.class);
    }

    private String reason(String key, byte[] value) {
        Decoded<RosterRecord> decoded = codec.decode(key, value);
        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        return ((Decoded.Rejected<RosterRecord>) decoded).reason();
    }
}
