package io.floorwatch.genesys;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.testkit.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAndBudgetTest {
    /** A clock that advances only when the budget "sleeps". */
    private static final class FakeTime extends MovableClock {
        final List<Duration> sleeps = new ArrayList<>();

        FakeTime() {
            super(Instant.parse("2026-11-21T10:00:00Z"));
        }

        Sleeper sleeper() {
            return d -> {
                sleeps.add(d);
                advance(d);
            };
        }
    }

    @Test
    void retryAfterIsReadAsSecondsAndBounded() {
        RetryPolicy policy = RetryPolicy.standard();
        assertThat(policy.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.retryAfter(null)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.retryAfter("100000")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void backoffGrowsWithJitterAndACap() {
        RetryPolicy policy = RetryPolicy.standard();
        Random random = new Random(1);
        Duration first = policy.backoff(1, random);
        Duration fourth = policy.backoff(4, random);
        assertThat(first).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(fourth).isBetween(Duration.ofMillis(2_000), Duration.ofMillis(4_000));
        assertThat(policy.backoff(30, random)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aSpentWindowWaitsForItsReset() throws Exception {
        FakeTime time = new FakeTime();
        RateBudget budget = new RateBudget(time, time.sleeper());
        budget.observe(300, 300, 20);
        budget.acquire();
        assertThat(time.sleeps).hasSize(1);
        assertThat(time.sleeps.get(0)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(21));
    }

    @Test
    void a429PausesEveryCaller() throws Exception {
        FakeTime time = new FakeTime();
        RateBudget budget = new RateBudget(time, time.sleeper());
        budget.pauseFor(Duration.ofSeconds(9));
        budget.acquire();
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(9));
    }

    @Test
    void pacedCallsSpreadEvenlyOverTheWindow() throws Exception {
        FakeTime time = new FakeTime();
        RateBudget budget = new RateBudget(time, time.sleeper());
        budget.observe(65, 0, 60);
        Instant start = time.instant();
        for (int i = 0; i < 31; i++) {
            budget.acquirePaced();
        }
        // 60 paced slots a minute (65 allowed less a reserve of 5): 30 gaps of one second.
        assertThat(Duration.between(start, time.instant())).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aPacedSlotLeavesTheCountToTheCallThatFollows() throws Exception {
        FakeTime time = new FakeTime();
        RateBudget budget = new RateBudget(time, time.sleeper());
        budget.observe(65, 0, 60);
        Instant start = time.instant();
        for (int i = 0; i < 60; i++) {
            budget.acquirePaced();
            budget.acquire(); // the call itself, as the gateway makes it
        }
        // 60 paced calls fit the window's 60 slots: no wait for the window's reset, only the even spacing.
        assertThat(Duration.between(start, time.instant())).isEqualTo(Duration.ofSeconds(59));
        assertThat(budget.status().remaining()).isEqualTo(5);
    }

    @Test
    void theTokenUrlFollowsTheLoginHostOrTheSameOrigin() {
        assertThat(Regions.tokenUri("https://api.mypurecloud.ie").toString())
                .isEqualTo("https://login.mypurecloud.ie/oauth/token");
        assertThat(Regions.tokenUri("https://api.usw2.pure.cloud").toString())
                .isEqualTo("https://login.usw2.pure.cloud/oauth/token");
        assertThat(Regions.tokenUri("http://127.0.0.1:8087").toString()).isEqualTo("http://127.0.0.1:8087/oauth/token");
        assertThat(Regions.all()).extracting(r -> r.name()).contains("us_east_1", "eu_central_1");
    }

    @Test
    void everyRegionOfTheSdkHasANameForPeople() {
        // A region the SDK adds later would show as its code; this says which one needs a name.
        assertThat(Regions.all()).allSatisfy(r -> assertThat(r.displayName()).as(r.name()).isNotEqualTo(r.name()));
        assertThat(Regions.all()).filteredOn(r -> r.name().equals("eu_central_1")).singleElement()
                .hasToString("EMEA (Frankfurt) · api.mypurecloud.de");
        assertThat(new ConnectionSettings(ConnectionSettings.Mode.GENESYS, "eu_west_2", "https://api.euw2.pure.cloud",
                "c").label()).isEqualTo("EMEA (London)");
    }

    @Test
    void presenceHasOneExplicitMappingPerSpelling() {
        assertThat(PresenceSpelling.fromRest("On Queue")).contains(SystemPresence.ON_QUEUE);
        assertThat(PresenceSpelling.fromEvent("ON_QUEUE")).contains(SystemPresence.ON_QUEUE);
        assertThat(PresenceSpelling.fromRest("ON_QUEUE")).isEmpty();
        assertThat(PresenceSpelling.fromEvent("Lunch")).isEmpty();
    }
}
