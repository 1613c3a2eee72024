package io.floorwatch.outbound;

import io.floorwatch.config.NoticeSettings;
import io.floorwatch.testkit.Await;
import io.floorwatch.testkit.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Change notices on loopback: signed or not as the secret says, retried, and listed with how they went. */
class ChangeNoticesIT {
    private static final String NOTICE = "{\"event\":\"queue.created\",\"queue\":{\"name\":\"Billing\"}}";

    private static ChangeNotices notices(String url, AtomicReference<Optional<String>> secret) {
        return new ChangeNotices(() -> new NoticeSettings(url, Map.of("X-Route", "wfm")), secret::get,
                Clock.systemUTC(), new WebhookPoster("test-notices", Duration.ofSeconds(2), 3, Duration.ofMillis(20)));
    }

    @Test
    void aDeliveredNoticeCarriesItsIdSignatureAndHeadersAndIsListedAsDelivered() throws Exception {
        AtomicReference<Optional<String>> secret = new AtomicReference<>(Optional.of("s3cret"));
        try (WebhookReceiver receiver = new WebhookReceiver();
                ChangeNotices notices = notices(receiver.url("/n"), secret)) {
            String id = notices.send(NOTICE, "queue Billing").orElseThrow();
            Await.until("the notice delivered", Duration.ofSeconds(10), () -> notices.recent().get(0).outcome()
                    .startsWith("delivered"));

            WebhookReceiver.Request request = receiver.requests().get(0);
            assertThat(request.body()).contains("\"deliveryId\":\"" + id + "\"").contains("\"event\":\"queue.created\"");
            assertThat(request.headers().getFirst(ChangeNotices.DELIVERY_HEADER)).isEqualTo(id);
            assertThat(request.headers().getFirst(ChangeNotices.SIGNATURE_HEADER))
                    .isEqualTo("sha256=" + ChangeNotices.sign("s3cret", request.body()));
            assertThat(request.headers().getFirst("X-Route")).isEqualTo("wfm");
            assertThat(notices.recent()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(id);
                assertThat(d.event()).isEqualTo("queue.created");
                assertThat(d.what()).isEqualTo("queue Billing");
                assertThat(d.signed()).isTrue();
                assertThat(d.outcome()).isEqualTo("delivered (HTTP 204)");
            });

            // Without a secret the notice still goes, unsigned, and the list says so.
            secret.set(Optional.empty());
            notices.send(NOTICE, "queue Billing");
            Await.until("the second delivered", Duration.ofSeconds(10), () -> receiver.requests().size() == 2);
            assertThat(receiver.requests().get(1).headers().containsKey(ChangeNotices.SIGNATURE_HEADER)).isFalse();
            Await.until("listed", Duration.ofSeconds(10), () -> !notices.recent().get(0).outcome().equals("sending"));
            assertThat(notices.recent().get(0).signed()).isFalse();
        }
    }

    @Test
    void aReceiverThatIsNotThereIsTriedAgainAndListedAsFailed() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (ChangeNotices notices = notices("http://127.0.0.1:" + closed + "/n",
                new AtomicReference<>(Optional.empty()))) {
            notices.send(NOTICE, "queue Billing");
            Await.until("given up", Duration.ofSeconds(10), () -> !notices.recent().get(0).outcome()
                    .equals("sending"));
            assertThat(notices.recent().get(0).outcome()).isEqualTo("failed after 3 tries (connection refused "
                    + "(nothing answers at that address and port))");
            assertThat(notices.problem()).contains("queue Billing");
        }
    }

    @Test
    void theLastHundredAreKeptNewestFirstAndNothingIsSentWithoutAWebhook() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
                ChangeNotices notices = notices(receiver.url("/n"), new AtomicReference<>(Optional.empty()))) {
            for (int i = 0; i < 105; i++) {
                notices.send(NOTICE, "queue " + i);
            }
            List<ChangeNotices.Delivery> kept = notices.recent();
            assertThat(kept).hasSize(ChangeNotices.KEPT);
            assertThat(kept.get(0).what()).isEqualTo("queue 104");
            assertThat(kept.get(99).what()).isEqualTo("queue 5");
        }
        try (ChangeNotices none = new ChangeNotices(NoticeSettings::none, Optional::empty, Clock.systemUTC())) {
            assertThat(none.send(NOTICE, "queue x")).isEmpty();
            assertThat(none.recent()).isEmpty();
        }
    }
}
