package io.floorwatch.emulator;

import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.NotificationChannel;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.genesys.ChannelPool;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.NotificationDecoder;
import io.floorwatch.testkit.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 25, part 2, at full size: one emulator holds 50,000 moving agents and serves them to three OAuth clients,
 * 20,000 + 20,000 + 10,000, each within its own 20 channels of 1,000 topics, as several collectors would follow
 * them. A scale test: bounded at 90 s; 29 s on the project's 2-core machine (generating the org 13.5 s, the
 * listing of 100 pages of 500 13.3 s, 50 channels subscribed and open 1.7 s), heap in use about 730 MB of the
 * 1 GB the integration tests run with.
 */
class FiftyThousandAgentsIT {
    private static final int AGENTS = 50_000;
    private static final String[][] CLIENTS = {{"demo", "demo"}, {"collector-2", "s2"}, {"collector-3", "s3"}};

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void fiftyThousandAgentsAreFollowedThroughThreeClientsEachWithinItsLimits() throws Exception {
        long begin = System.nanoTime();
        EmulatorConfig config = EmulatorConfig.defaults().withFloor(new SimSettings(AGENTS, 24, 48, 25, 1.0))
                .withAnotherClient(CLIENTS[1][0], CLIENTS[1][1]).withAnotherClient(CLIENTS[2][0], CLIENTS[2][1]);
        List<GenesysGateway> gateways = new ArrayList<>();
        List<ChannelPool> pools = new ArrayList<>();
        try (Emulator emulator = new Emulator(config).start()) {
            long started = System.nanoTime();
            for (String[] client : CLIENTS) {
                gateways.add(GenesysGateway.connect(new Credentials(emulator.baseUrl(), client[0], client[1])));
            }
            // The paged listing (500 a page), as the collector seeds the floor.
            List<String> ids = gateways.get(0).allUsers().stream().map(s -> s.agent().id()).toList();
            assertThat(ids).hasSize(AGENTS);
            assertThat(new HashSet<>(ids)).hasSize(AGENTS);
            long listed = System.nanoTime();

            // Each client follows its share on channels of its own: 20,000 fill one client's 20 x 1,000.
            List<List<String>> shares = List.of(ids.subList(0, 20_000), ids.subList(20_000, 40_000),
                    ids.subList(40_000, AGENTS));
            List<AtomicLong> events = new ArrayList<>();
            for (int i = 0; i < CLIENTS.length; i++) {
                AtomicLong seen = new AtomicLong();
                events.add(seen);
                ChannelPool pool = new ChannelPool(gateways.get(i), new NotificationDecoder(Clock.systemUTC()),
                        ChannelPoolSettings.standard(), Clock.systemUTC(), counting(seen));
                pools.add(pool);
                pool.start(shares.get(i));
            }
            int[] channelsNeeded = {20, 20, 10};
            for (int i = 0; i < CLIENTS.length; i++) {
                ChannelPool pool = pools.get(i);
                int needed = channelsNeeded[i];
                Await.until(CLIENTS[i][0] + "'s " + needed + " channels open", Duration.ofSeconds(45),
                        () -> pool.health().channelsOpen() == needed);
                ChannelPool.Health health = pool.health();
                assertThat(health.topics()).isEqualTo(shares.get(i).size());
                assertThat(health.agentsNotFollowed()).isZero();
                assertThat(health.problem()).isEmpty();
            }
            long subscribed = System.nanoTime();

            // The emulator's side: each client holds only its own channels, none past 1,000 topics.
            List<String> firstClientChannels = new ArrayList<>();
            for (int i = 0; i < CLIENTS.length; i++) {
                List<NotificationChannel> own = gateways.get(i).channels();
                assertThat(own).hasSize(channelsNeeded[i]);
                int topics = 0;
                for (NotificationChannel channel : own) {
                    int size = gateways.get(i).subscriptions(channel.id()).size();
                    assertThat(size).isLessThanOrEqualTo(1_000);
                    topics += size;
                    if (i == 0) {
                        firstClientChannels.add(channel.id());
                    }
                }
                assertThat(topics).isEqualTo(shares.get(i).size());
            }
            // A full channel takes no 1,001st topic, and one client cannot subscribe on another's channel.
            assertThatThrownBy(() -> gateways.get(0).subscribe(firstClientChannels.get(0),
                    List.of("v2.users." + ids.get(AGENTS - 1) + ".presence")));
            assertThatThrownBy(() -> gateways.get(1).subscribe(firstClientChannels.get(1),
                    List.of("v2.users." + ids.get(AGENTS - 1) + ".presence")));

            // And the floor moves on every client's channels.
            for (int i = 0; i < CLIENTS.length; i++) {
                AtomicLong seen = events.get(i);
                Await.until(CLIENTS[i][0] + "'s agents' events", Duration.ofSeconds(20), () -> seen.get() > 0);
            }
            System.out.printf("50,000 agents, three clients: emulator up in %.1f s, listed in %.1f s, 50 channels "
                    + "subscribed and open in %.1f s, %.1f s in all; heap used %d MB%n", (started - begin) / 1e9,
                    (listed - started) / 1e9, (subscribed - listed) / 1e9, (System.nanoTime() - begin) / 1e9,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        } finally {
            pools.forEach(ChannelPool::close);
            gateways.forEach(GenesysGateway::close);
        }
    }

    private static ChannelPool.Listener counting(AtomicLong seen) {
        return new ChannelPool.Listener() {
            @Override
            public void events(List<AgentStateEvent> events) {
                seen.addAndGet(events.size());
            }

            @Override
            public void rejected(RejectedMessage message) {
            }

            @Override
            public void resync() {
            }
        };
    }
}
