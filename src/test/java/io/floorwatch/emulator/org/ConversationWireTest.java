package io.floorwatch.emulator.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicAfterCallWork;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicCall;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicConversation;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicParticipant;
import com.mypurecloud.sdk.v2.model.UserConversationSummary;
import com.mypurecloud.sdk.v2.model.UserConversationsEventUserConversationSummary;
import io.floorwatch.domain.MediaType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator's conversation bodies read into the official SDK's models with every field the floor uses. */
class ConversationWireTest {
    private static final ObjectMapper SDK = ApiClient.Builder.standard().build().getObjectMapper();
    private static final Instant OFFERED = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant CONNECTED = OFFERED.plusSeconds(12);

    private static EmConversation call() {
        return new EmConversation("c-1", "u-1", "q-1", MediaType.CALL, "Customer 1234", "tel:+15550001234", OFFERED,
                CONNECTED, null, null, null, true);
    }

    private static ConversationEventTopicParticipant agentOf(EmConversation c) throws Exception {
        ConversationEventTopicConversation read = SDK.readValue(Json.write(ConversationWire.event(c, "Billing",
                "Ava Chen")), ConversationEventTopicConversation.class);
        assertThat(read.getId()).isEqualTo("c-1");
        assertThat(read.getParticipants()).extracting(ConversationEventTopicParticipant::getPurpose)
                .containsExactly("customer", "acd", "agent");
        return read.getParticipants().get(2);
    }

    @Test
    void aConnectedHeldDisconnectedAndWrappedUpCallReadsAsTheSdkModel() throws Exception {
        ConversationEventTopicParticipant agent = agentOf(call());
        assertThat(agent.getUserId()).isEqualTo("u-1");
        assertThat(agent.getQueueId()).isEqualTo("q-1");
        assertThat(agent.getConnectedTime()).isEqualTo(Date.from(CONNECTED));
        ConversationEventTopicCall session = agent.getCalls().get(0);
        assertThat(session.getState()).isEqualTo(ConversationEventTopicCall.StateEnum.CONNECTED);
        assertThat(session.getHeld()).isFalse();

        Instant held = CONNECTED.plusSeconds(60);
        session = agentOf(call().hold(held)).getCalls().get(0);
        assertThat(session.getHeld()).isTrue();
        assertThat(session.getStartHoldTime()).isEqualTo(Date.from(held));

        Instant gone = CONNECTED.plusSeconds(300);
        EmConversation wrapping = call().disconnect(gone);
        agent = agentOf(wrapping);
        session = agent.getCalls().get(0);
        assertThat(session.getState()).isEqualTo(ConversationEventTopicCall.StateEnum.DISCONNECTED);
        assertThat(session.getAfterCallWork().getState()).isEqualTo(ConversationEventTopicAfterCallWork.StateEnum
                .PENDING);
        assertThat(agent.getStartAcwTime()).isEqualTo(Date.from(gone));

        Instant done = gone.plusSeconds(45);
        agent = agentOf(wrapping.wrapUp(done));
        assertThat(agent.getCalls().get(0).getAfterCallWork().getState())
                .isEqualTo(ConversationEventTopicAfterCallWork.StateEnum.COMPLETE);
        assertThat(agent.getEndAcwTime()).isEqualTo(Date.from(done));
        assertThat(agent.getEndTime()).isEqualTo(Date.from(done));
    }

    @Test
    void theSummaryCountsActiveAndAfterCallWorkPerMediaForTheTopicAndTheUsersExpand() throws Exception {
        EmConversation chat = new EmConversation("c-2", "u-1", "q-1", MediaType.CHAT, "Customer 9", "tel:+1555", OFFERED,
                CONNECTED, null, null, null, true);
        List<EmConversation> held = List.of(call().disconnect(CONNECTED.plusSeconds(9)), chat);
        String body = Json.write(ConversationWire.summary("u-1", held));

        UserConversationsEventUserConversationSummary topic = SDK.readValue(body,
                UserConversationsEventUserConversationSummary.class);
        assertThat(topic.getUserId()).isEqualTo("u-1");
        assertThat(topic.getCall().getContactCenter().getActive()).isZero();
        assertThat(topic.getCall().getContactCenter().getAcw()).isEqualTo(1);
        assertThat(topic.getChat().getContactCenter().getActive()).isEqualTo(1);
        assertThat(topic.getEmail().getEnterprise().getActive()).isZero();

        UserConversationSummary expanded = SDK.readValue(body, UserConversationSummary.class);
        assertThat(expanded.getCall().getContactCenter().getAcw()).isEqualTo(1);
    }
}
