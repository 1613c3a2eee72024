package io.floorwatch.app;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.Person;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.feed.LiveState;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.NoKeychain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session's connection on the demo (queue metrics from observations, so no broker): one immutable value
 * whose parts belong together, its services built once per connection, replaced as a whole on re-open, and
 * everything of it closed with the session.
 */
class SessionConnectionIT {
    private static final Settings DEMO = Settings.defaults().withConnection(ConnectionSettings.demo())
            .withFeeds(new FeedSettings(FeedSettings.AgentSource.GENESYS, FeedSettings.QueueSource.OBSERVATIONS, "",
                    null, null, "", ScoreWeights.defaults()));

    @TempDir
    Path dir;
    private HistoryStore history;
    private Session session;
    private int builds;

    @BeforeEach
    void open() {
        Clock clock = Clock.systemUTC();
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), clock);
        LiveState live = new LiveState();
        QueueMetricFeed queues = new QueueMetricFeed(history.writer(), ScoreWeights.defaults(),
                QueueMetricFeed.targetsFrom(live));
        ServiceGraph graph = new ServiceGraph(history, live, queues::latest, "tester", clock, outcome -> { },
                edit -> { }, outcome -> { }, batch -> { }, reverts -> { });
        session = new Session(new Secrets(new EnvironmentSecretStore(Map.of()), new NoKeychain()),
                () -> TestEmulators.still(12), live, history.writer(), queues, ChannelPoolSettings.standard(), clock,
                (gateway, person) -> {
                    builds++;
                    return graph.build(gateway, person);
                }, new SignIns(new NoKeychain(), clock, uri -> {
                    throw new AssertionError("the demo signs in without a browser");
                }));
    }

    @AfterEach
    void close() {
        session.close();
        history.close();
    }

    private Connection awaitOpen(Connection other) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Connection now = session.connection();
        while ((!now.isOpen() || now == other || now.feeds().observations() == null) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = session.connection();
        }
        assertThat(now.isOpen()).as("connected: %s", now.status()).isTrue();
        return now;
    }

    @Test
    void oneConnectionHoldsTheGatewayFeedsServicesAndDemoAndIsReplacedAsAWhole() throws Exception {
        session.open(DEMO);
        Connection first = awaitOpen(null);
        assertThat(first.status().state()).isEqualTo(ConnectionStatus.State.CONNECTED);
        assertThat(first.gateway()).isSameAs(session.gateway());
        assertThat(first.demo().emulator()).isSameAs(session.emulator());
        assertThat(first.feeds().agents()).isNotNull();
        Services services = session.services().orElseThrow();
        assertThat(session.services().orElseThrow()).as("built once per connection, not per call")
                .isSameAs(services);
        assertThat(services.drift()).isSameAs(session.services().orElseThrow().drift());
        assertThat(builds).isEqualTo(1);
        // The demo signs its supervisor in through the authorization code flow, and the services act as them.
        EmAccount supervisor = first.demo().emulator().supervisorAccount().orElseThrow();
        assertThat(first.signedIn()).map(Person::userId).contains(supervisor.userId());
        assertThat(first.tokens()).isNotNull();
        assertThat(first.status().message()).isEqualTo("Floorwatch Demo, signed in as " + supervisor.name());
        assertThat(services.actor()).isEqualTo(supervisor.name() + " <" + supervisor.userId() + "> via client "
                + first.demo().emulator().signInClientId());

        session.open(DEMO);
        Connection second = awaitOpen(first);
        assertThat(second.gateway()).isNotSameAs(first.gateway());
        assertThat(second.demo()).isNotSameAs(first.demo());
        assertThat(session.services().orElseThrow()).isNotSameAs(services);
        assertThat(builds).isEqualTo(2);

        session.close();
        assertThat(session.gateway()).isNull();
        assertThat(session.services()).isEmpty();
        assertThat(session.status().state()).isEqualTo(ConnectionStatus.State.FAILED);
    }
}
