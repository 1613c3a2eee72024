package io.floorwatch.genesys;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.StateKind;
import io.floorwatch.domain.SystemPresence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationDecoderTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final NotificationDecoder decoder = new NotificationDecoder(Clock.fixed(NOW, ZoneOffset.UTC));

    /** The official example from the user presence guide (reference/genesys-wire.md section 2.4), as printed. */
    private static final String OFFICIAL_PRESENCE = """
            { "topicName": "v2.users.9ed7d9f6-0c59-4360-ac54-40dd35eb9c2f.presence",
              "version": "2",
              "eventBody": { "source": "PURECLOUD",
                             "presenceDefinition": { "id": "6a3af858-942f-489d-9700-5f9bcdcdae9b", "systemPresence": "AVAILABLE" },
                             "primary": true, "message": "" },
              "metadata": { "CorrelationId": "290034f4-c3d7-46fd-8342-ee5bc859b7e9" } }
            """;

    private AgentStateEvent single(String frame) {
        Notification decoded = decoder.decode(frame);
        assertThat(decoded).isInstanceOf(Notification.StateChanges.class);
        assertThat(((Notification.StateChanges) decoded).events()).hasSize(1);
        return ((Notification.StateChanges) decoded).events().get(0);
    }

    @Test
    void theOfficialPresenceExampleDecodesWithTheReceiveTimeForItsMissingDate() {
        AgentStateEvent event = single(OFFICIAL_PRESENCE);

        assertThat(event).isEqualTo(AgentStateEvent.presence("9ed7d9f6-0c59-4360-ac54-40dd35eb9c2f",
                SystemPresence.AVAILABLE, "6a3af858-942f-489d-9700-5f9bcdcdae9b", NOW));
    }

    @Test
    void presenceIsReadInItsEventSpellingWithItsOwnTime() {
        AgentStateEvent event = single("""
                {"topicName":"v2.users.u1.presence","version":"2","eventBody":{"source":"PURECLOUD",
                "presenceDefinition":{"id":"d1","systemPresence":"ON_QUEUE"},"primary":true,"message":"",
                "modifiedDate":"2026-11-21T09:58:12.345Z"},"metadata":{"CorrelationId":"c"}}""");

        assertThat(SystemPresence.valueOf(event.state())).isEqualTo(SystemPresence.ON_QUEUE);
        assertThat(event.at()).isEqualTo(Instant.parse("2026-11-21T09:58:12.345Z"));
    }

    @Test
    void routingStatusTopicsMatchWithoutRegardToCase() {
        AgentStateEvent event = single("""
                {"topicName":"V2.USERS.u2.ROUTINGSTATUS","version":"2","eventBody":{"id":"u2",
                "routingStatus":{"status":"NOT_RESPONDING","startTime":"2026-11-21T09:00:00.000Z"},
                "errorInfo":null},"metadata":{"CorrelationId":"c"}}""");

        assertThat(event).isEqualTo(AgentStateEvent.routing("u2", RoutingStatus.NOT_RESPONDING,
                Instant.parse("2026-11-21T09:00:00Z")));
    }

    @Test
    void anActivityEventCarriesBothStates() {
        Notification decoded = decoder.decode("""
                {"topicName":"v2.users.u3.activity","version":"2","eventBody":{"id":"u3",
                "routingStatus":{"status":"OFF_QUEUE","startTime":"2026-11-21T08:00:00.000Z"},
                "presence":{"presenceDefinition":{"id":"d","systemPresence":"AVAILABLE"},"presenceMessage":"",
                "modifiedDate":"2026-11-21T08:00:01.000Z"},"outOfOffice":{"active":false},
                "activeQueueIds":["q1"]},"metadata":{"CorrelationId":"c"}}""");

        assertThat(((Notification.StateChanges) decoded).events()).extracting(AgentStateEvent::kind)
                .containsExactly(StateKind.PRESENCE, StateKind.ROUTING);
    }

    @Test
    void heartbeatsPongsAndSystemMessagesAreRecognised() {
        assertThat(decoder.decode("{\"topicName\":\"channel.metadata\",\"eventBody\":{\"message\":\"WebSocket "
                + "Heartbeat\"}}")).isInstanceOf(Notification.Heartbeat.class);
        assertThat(decoder.decode("{\"topicName\":\"channel.metadata\",\"eventBody\":{\"message\":\"pong\"}}"))
                .isInstanceOf(Notification.Pong.class);
        assertThat(decoder.decode("{\"topicName\":\"v2.system.socket_closing\",\"eventBody\":{\"message\":\"x\"}}"))
                .isInstanceOf(Notification.SocketClosing.class);
        assertThat(decoder.decode("{\"topicName\":\"v2.system.no_longer_subscribed.ch1\",\"eventBody\":"
                + "{\"channelId\":\"ch1\",\"systemTopicType\":\"no_longer_subscribed\"}}"))
                .isEqualTo(new Notification.NoLongerSubscribed("ch1"));
        assertThat(decoder.decode("{\"topicName\":\"v2.system.token_revoked.ch2\",\"eventBody\":"
                + "{\"channelId\":\"ch2\",\"reason\":\"user_tokens_revoked\"}}"))
                .isEqualTo(new Notification.TokenRevoked("ch2"));
        assertThat(decoder.decode("{\"topicName\":\"v2.users.u.conversationsummary\",\"eventBody\":{}}"))
                .isInstanceOf(Notification.Other.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{oops",
        "[]",
        "{\"version\":\"2\"}",
        "{\"topicName\":\"v2.users.u.presence\"}",
        "{\"topicName\":\"v2.users.u.presence\",\"eventBody\":{\"presenceDefinition\":{}}}",
        "{\"topicName\":\"v2.users.u.presence\",\"eventBody\":{\"presenceDefinition\":{\"systemPresence\":\"On Queue\"}}}",
        "{\"topicName\":\"v2.users.u.routingStatus\",\"eventBody\":{\"routingStatus\":{\"status\":\"DANCING\"}}}",
        "{\"topicName\":\"v2.users.u.routingStatus\",\"eventBody\":{\"routingStatus\":{\"status\":\"IDLE\","
                + "\"startTime\":\"yesterday\"}}}",
        "{\"topicName\":\"v2.users..presence\",\"eventBody\":{\"presenceDefinition\":{\"systemPresence\":\"AWAY\"}}}"
    })
    void malformedFramesSayWhy(String frame) {
        Notification decoded = decoder.decode(frame);

        assertThat(decoded).isInstanceOf(Notification.Malformed.class);
        assertThat(((Notification.Malformed) decoded).reason()).isNotBlank();
    }

    @Test
    void aQueueObservationBecomesCountsByStatusWithTheWaitingAndInteracting() {
        Notification decoded = decoder.decode("""
                {"topicName":"v2.analytics.queues.q-1.observations","eventBody":{
                  "group":{"queueId":"q-1","mediaType":"voice"},
                  "data":[{"interval":"2026-11-21T08:00:00.000Z/2026-11-21T08:30:00.000Z","metrics":[
                    {"metric":"oWaiting","qualifier":null,"stats":{"count":3}},
                    {"metric":"oInteracting","stats":{"count":5}},
                    {"metric":"oOnQueueUsers","stats":{"count":9}},
                    {"metric":"oUserRoutingStatuses","qualifier":"IDLE","stats":{"count":4}},
                    {"metric":"oUserRoutingStatuses","qualifier":"INTERACTING","stats":{"count":5}},
                    {"metric":"oUserRoutingStatuses","qualifier":"SOMETHING_NEW","stats":{"count":1}},
                    {"metric":"oAlerting","stats":{"count":1}}]}]},"metadata":{"CorrelationId":"x"}}
                """);

        assertThat(decoded).isInstanceOf(Notification.QueueObserved.class);
        var observed = (Notification.QueueObserved) decoded;
        assertThat(observed.at()).isEqualTo(NOW);
        assertThat(observed.observation().queueId()).isEqualTo("q-1");
        assertThat(observed.observation().waiting()).isEqualTo(3);
        assertThat(observed.observation().interacting()).isEqualTo(5);
        assertThat(observed.observation().onQueueUsers()).isEqualTo(9);
        assertThat(observed.observation().count(RoutingStatus.IDLE)).isEqualTo(4);
        assertThat(observed.observation().count(RoutingStatus.INTERACTING)).isEqualTo(5);
        assertThat(observed.observation().longestWaitingMs()).isEqualTo(-1);
    }

    @Test
    void aQueueObservationForAnotherQueueOrWithoutCountsIsMalformed() {
        Notification otherQueue = decoder.decode("{\"topicName\":\"v2.analytics.queues.q-1.observations\","
                + "\"eventBody\":{\"group\":{\"queueId\":\"q-2\"},\"data\":[]}}");
        assertThat(otherQueue).isInstanceOf(Notification.Malformed.class);
        assertThat(((Notification.Malformed) otherQueue).reason()).contains("'q-2'");

        Notification noCount = decoder.decode("{\"topicName\":\"v2.analytics.queues.q-1.observations\","
                + "\"eventBody\":{\"group\":{\"queueId\":\"q-1\"},\"data\":[{\"metrics\":[{\"metric\":"
                + "\"oWaiting\",\"stats\":{}}]}]}}");
        assertThat(((Notification.Malformed) noCount).reason()).contains("oWaiting has no count");
    }
}
