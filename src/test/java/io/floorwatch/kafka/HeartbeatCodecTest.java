package io.floorwatch.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.domain.CollectorHeartbeat;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heartbeats naming their share, both ways compatible: an old collector's heartbeat reads as the whole org, and a
 * new one keeps everything an old desktop requires, at the schema version it accepts.
 */
class HeartbeatCodecTest {
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private final AgentStateCodec codec = new AgentStateCodec();

    @Test
    void aHeartbeatCarriesItsShareAndAStandbySaysSo() {
        CollectorHeartbeat share = new CollectorHeartbeat("h/1", AT, 9_800, "", "hash:1/2");
        CollectorHeartbeat standby = new CollectorHeartbeat("h/2", AT, 0, "", CollectorHeartbeat.STANDBY);
        assertThat(codec.decode("heartbeat:h/1", codec.encode(share)))
                .isEqualTo(new Decoded.Ok<>(new AgentTopicRecord.Heartbeat(share)));
        assertThat(codec.decode("heartbeat:h/2", codec.encode(standby)))
                .isEqualTo(new Decoded.Ok<>(new AgentTopicRecord.Heartbeat(standby)));
        assertThat(share.namesAShare()).isTrue();
        assertThat(standby.namesAShare()).isFalse();
    }

    @Test
    void anOldCollectorsHeartbeatReadsAsTheWholeOrg() {
        // Byte for byte what a collector before shares sent.
        String old = "{\"schemaVersion\":1,\"type\":\"heartbeat\",\"collector\":\"h/1\","
                + "\"at\":\"2026-12-01T09:00:00Z\","
                + "\"agents\":80,\"problem\":\"\"}";
        Decoded<AgentTopicRecord> read = codec.decode("heartbeat:h/1", old.getBytes(StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(new Decoded.Ok<>(new AgentTopicRecord.Heartbeat(
                new CollectorHeartbeat("h/1", AT, 80, "", CollectorHeartbeat.WHOLE_ORG))));
        assertThat(((AgentTopicRecord.Heartbeat) ((Decoded.Ok<AgentTopicRecord>) read).value()).heartbeat()
                .namesAShare()).isFalse();
    }

    @Test
    void aNewHeartbeatKeepsWhatAnOldDesktopRequiresAtTheVersionItAccepts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(codec.encode(new CollectorHeartbeat("h/1", AT, 5, "slow",
                "teams:Billing")));
        // An old desktop refuses any other schemaVersion and needs these fields; it ignores the rest.
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("type").asText()).isEqualTo("heartbeat");
        assertThat(json.get("collector").asText()).isEqualTo("h/1");
        assertThat(json.get("at").asText()).isEqualTo("2026-12-01T09:00:00Z");
        assertThat(json.get("agents").asInt()).isEqualTo(5);
        assertThat(json.get("problem").asText()).isEqualTo("slow");
        assertThat(json.get("share").asText()).isEqualTo("teams:Billing");
        // A collector of the whole org writes no share at all: the same record as before shares.
        assertThat(new ObjectMapper().readTree(codec.encode(new CollectorHeartbeat("h/1", AT, 5, ""))).has("share"))
                .isFalse();
    }

    @Test
    void aShareThatIsNotTextIsRejectedByName() {
        String bad = "{\"schemaVersion\":1,\"type\":\"heartbeat\",\"collector\":\"h/1\","
                + "\"at\":\"2026-12-01T09:00:00Z\","
                + "\"agents\":1,\"share\":3}";
        assertThat(codec.decode(null, bad.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new Decoded.Rejected<>("share must be text, not 3"));
    }
}
