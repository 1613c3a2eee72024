package io.floorwatch.genesys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicAfterCallWork;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicCall;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicChat;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicConversation;
import com.mypurecloud.sdk.v2.model.ConversationEventTopicParticipant;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents' conversation notifications, built from the official SDK's own models ({@code ConversationEventTopic*})
 * and written by its own mapper, decoded into what the floor shows: connected, on hold, in after-call work, ended.
 */
class ConversationEventsTest {
    private static final ObjectMapper SDK = ApiClient.Builder.standard().build().getObjectMapper();
    private static final Instant RECEIVED = Instant.parse("2026-12-04T12:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2026-12-04T11:50:00Z");
    private final NotificationDecoder decoder = new NotificationDecoder(new MovableClock(RECEIVED));

    private static ConversationEventTopicParticipant agent(String userId) {
        ConversationEventTopicParticipant agent = new ConversationEventTopicParticipant();
        agent.setId("p-agent");
        agent.setPurpose("agent");
        agent.setUserId(userId);
        agent.setQueueId("q-billing");
        agent.setConnectedTime(Date.from(ANSWERED));
        agent.setWrapupRequired(true);
        return agent;
    }

    private static ConversationEventTopicCall call(ConversationEventTopicCall.StateEnum state) {
        ConversationEventTopicCall call = new ConversationEventTopicCall();
        call.setId("s-1");
        call.setState(state);
        call.setConnectedTime(Date.from(ANSWERED));
        call.setHeld(false);
        call.setAfterCallWorkRequired(true);
        return call;
    }

    /** The notification frame for agent u-1's conversation c-1, as the SDK would write its body. */
    private Notification frame(ConversationEventTopicParticipant... participants) throws Exception {
        ConversationEventTopicConversation conversation = new ConversationEventTopicConversation();
        conversation.setId("c-1");
        ConversationEventTopicParticipant customer = new ConversationEventTopicParticipant();
        customer.setId("p-customer");
        customer.setPurpose("customer");
        customer.setCalls(List.of(call(ConversationEventTopicCall.StateEnum.CONNECTED)));
        List<ConversationEventTopicParticipant> all = new ArrayList<>(List.of(customer));
        all.addAll(List.of(participants));
        conversation.setParticipants(all);
        ObjectNode frame = SDK.createObjectNode();
        frame.put("topicName", "v2.users.u-1.conversations");
        frame.put("version", "2");
        frame.set("eventBody", SDK.valueToTree(conversation));
        // The frame reads back into the SDK's model: it is the shape the official clients expect.
        assertThat(SDK.treeToValue(frame.get("eventBody"), ConversationEventTopicConversation.class)
                .getParticipants()).hasSize(all.size());
        return decoder.decode(SDK.writeValueAsString(frame));
    }

    private static InteractionEvent only(Notification decoded) {
        assertThat(decoded).isInstanceOf(Notification.InteractionChanges.class);
        List<InteractionEvent> events = ((Notification.InteractionChanges) decoded).events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void aConnectedCallIsTheAgentsInteractionSinceItWasAnswered() throws Exception {
        ConversationEventTopicParticipant agent = agent("u-1");
        agent.setCalls(List.of(call(ConversationEventTopicCall.StateEnum.CONNECTED)));

        InteractionEvent event = only(frame(agent));

        assertThat(event.agentId()).isEqualTo("u-1");
        assertThat(event.ended()).isFalse();
        assertThat(event.interaction()).isEqualTo(new Interaction("c-1", MediaType.CALL, "q-billing", ANSWERED, null,
                null, ANSWERED));
        assertThat(event.interaction().phase()).isEqualTo(Interaction.Phase.CONNECTED);
    }

    @Test
    void aHeldCallIsOnHoldSinceItsHoldStarted() throws Exception {
        ConversationEventTopicParticipant agent = agent("u-1");
        ConversationEventTopicCall call = call(ConversationEventTopicCall.StateEnum.CONNECTED);
        call.setHeld(true);
        Instant held = ANSWERED.plusSeconds(90);
        call.setStartHoldTime(Date.from(held));
        agent.setCalls(List.of(call));

        InteractionEvent event = only(frame(agent));

        assertThat(event.interaction().phase()).isEqualTo(Interaction.Phase.HELD);
        assertThat(event.interaction().heldSince()).isEqualTo(held);
        assertThat(event.at()).isEqualTo(held);
    }

    @Test
    void aDisconnectedCallWithWorkPendingIsAfterCallWorkAndItsCompletionEndsIt() throws Exception {
        Instant gone = ANSWERED.plusSeconds(300);
        ConversationEventTopicParticipant agent = agent("u-1");
        ConversationEventTopicCall call = call(ConversationEventTopicCall.StateEnum.DISCONNECTED);
        call.setDisconnectedTime(Date.from(gone));
        ConversationEventTopicAfterCallWork acw = new ConversationEventTopicAfterCallWork();
        acw.setState(ConversationEventTopicAfterCallWork.StateEnum.PENDING);
        acw.setStartTime(Date.from(gone));
        call.setAfterCallWork(acw);
        agent.setCalls(List.of(call));

        InteractionEvent wrapping = only(frame(agent));
        assertThat(wrapping.ended()).isFalse();
        assertThat(wrapping.interaction().phase()).isEqualTo(Interaction.Phase.ACW);
        assertThat(wrapping.interaction().acwSince()).isEqualTo(gone);

        Instant done = gone.plusSeconds(40);
        acw.setState(ConversationEventTopicAfterCallWork.StateEnum.COMPLETE);
        acw.setEndTime(Date.from(done));
        agent.setEndAcwTime(Date.from(done));
        InteractionEvent ended = only(frame(agent));
        assertThat(ended.ended()).isTrue();
        assertThat(ended.at()).isEqualTo(done);
    }

    @Test
    void aDisconnectedChatThatNeedsNoWrapUpEndsAtOnce() throws Exception {
        ConversationEventTopicParticipant agent = agent("u-1");
        agent.setWrapupRequired(false);
        ConversationEventTopicChat chat = new ConversationEventTopicChat();
        chat.setId("s-2");
        chat.setState(ConversationEventTopicChat.StateEnum.DISCONNECTED);
        chat.setConnectedTime(Date.from(ANSWERED));
        chat.setDisconnectedTime(Date.from(ANSWERED.plusSeconds(600)));
        agent.setChats(List.of(chat));

        InteractionEvent event = only(frame(agent));

        assertThat(event.ended()).isTrue();
        assertThat(event.interaction().media()).isEqualTo(MediaType.CHAT);
    }

    @Test
    void anOfferStillRingingOrAnotherAgentsLegSaysNothingOfThisAgent() throws Exception {
        ConversationEventTopicParticipant ringing = agent("u-1");
        ringing.setCalls(List.of(call(ConversationEventTopicCall.StateEnum.ALERTING)));
        assertThat(frame(ringing)).isInstanceOf(Notification.Other.class);

        ConversationEventTopicParticipant colleague = agent("u-2");
        colleague.setCalls(List.of(call(ConversationEventTopicCall.StateEnum.CONNECTED)));
        assertThat(frame(colleague)).isInstanceOf(Notification.Other.class);
    }

    @Test
    void aConversationWithoutParticipantsOrWithAnUnreadableTimeIsMalformedAndSaysWhy() {
        Notification noParticipants = decoder.decode("{\"topicName\":\"v2.users.u-1.conversations\","
                + "\"eventBody\":{\"id\":\"c-9\",\"participants\":{}}}");
        assertThat(noParticipants).isInstanceOf(Notification.Malformed.class);
        assertThat(((Notification.Malformed) noParticipants).reason()).contains("without participants");

        Notification badTime = decoder.decode("{\"topicName\":\"v2.users.u-1.conversations\",\"eventBody\":{"
                + "\"id\":\"c-9\",\"participants\":[{\"purpose\":\"agent\",\"userId\":\"u-1\",\"calls\":[{"
                + "\"state\":\"connected\",\"connectedTime\":\"yesterday\"}]}]}}");
        assertThat(badTime).isInstanceOf(Notification.Malformed.class);
        assertThat(((Notification.Malformed) badTime).reason()).contains("connectedTime", "yesterday", "c-9");
    }
}
