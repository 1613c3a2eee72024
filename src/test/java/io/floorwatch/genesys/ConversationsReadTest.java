package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.model.ConversationActivityEntityData;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity query's view of an agent's interaction, against the notifications: analytics lag them, so a read may
 * still show an interaction connected after its after-call work began, and the notification of that change (stamped
 * when it began, before the read) must win, or the floor keeps the connect for good.
 */
class ConversationsReadTest {
    private static final Instant CONNECTED = Instant.parse("2026-12-07T09:00:00Z");
    private static final Instant ACW = CONNECTED.plusSeconds(95);
    private static final Instant READ = CONNECTED.plusSeconds(96);

    private static ConversationActivityEntityData activity() {
        return new ConversationActivityEntityData().userId("u-1").conversationId("c-1").queueId("q-1")
                .mediaType(ConversationActivityEntityData.MediaTypeEnum.VOICE)
                .metric(ConversationActivityEntityData.MetricEnum.OINTERACTING)
                .activityDate(Date.from(CONNECTED));
    }

    @Test
    void aReadVouchesForTheInteractionAsOfItsConnectNotAsOfTheRead() {
        Interaction read = Conversations.interaction(activity(), READ).orElseThrow();

        assertThat(read.connectedAt()).isEqualTo(CONNECTED);
        assertThat(read.asOf()).isEqualTo(CONNECTED);
    }

    @Test
    void afterCallWorkThatBeganBeforeTheReadStillMovesTheInteraction() {
        LiveState live = new LiveState();
        live.reset(List.of(new AgentSnapshot(new Agent("u-1", "Ada", "", "Team"), new AgentState("u-1",
                SystemPresence.ON_QUEUE, null, CONNECTED, RoutingStatus.INTERACTING, CONNECTED))));
        Interaction read = Conversations.interaction(activity(), READ).orElseThrow();
        live.reconcile("u-1", List.of(read), READ);

        Interaction inAcw = new Interaction("c-1", MediaType.CALL, "q-1", CONNECTED, null, ACW, ACW);
        assertThat(live.apply(new InteractionEvent("u-1", inAcw, false, ACW))).isTrue();
        assertThat(live.get("u-1").orElseThrow().interactions()).singleElement()
                .extracting(Interaction::phase).isEqualTo(Interaction.Phase.ACW);
    }
}
