package io.floorwatch.genesys;

import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.NotificationChannel;
import io.floorwatch.domain.Page;
import io.floorwatch.domain.PresenceDefinition;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.domain.QueueObservation;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillEvaluationMethod;
import io.floorwatch.domain.SkillState;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.domain.TokenStatus;
import io.floorwatch.domain.TopicSubscription;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.rest.QueueEndpoints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway drives the real platform-client-v2 SDK against the emulator, operation by operation. */
class GatewayIT {
    private static Emulator emulator;
    private static GenesysGateway gateway;

    @BeforeAll
    static void start() {
        emulator = new Emulator(TestEmulators.still(120)).start();
        gateway = new GenesysGateway(new Credentials(emulator.baseUrl(), "demo", "demo"), Clock.systemUTC(),
                Sleeper.system(), new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(100),
                        Duration.ofMillis(200), Duration.ofSeconds(5)), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        emulator.close();
    }

    @BeforeEach
    void clearFaults() {
        emulator.faults().reset();
        emulator.http().duplicateQueueNames(QueueEndpoints.DuplicateNames.REJECT);
    }

    @Test
    void readsTheOrganizationThroughAFreshToken() {
        assertThat(gateway.organizationName()).isEqualTo("Floorwatch Demo");
        assertThat(gateway.tokenStatus().state()).isEqualTo(TokenStatus.State.VALID);
    }

    @Test
    void pagesUsersWithPresenceRoutingStatusAndTeam() {
        Page<AgentSnapshot> first = gateway.users(1, 50);
        assertThat(first.entities()).hasSize(50);
        assertThat(first.total()).isEqualTo(120);
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(gateway.users(3, 50).entities()).hasSize(20);

        List<AgentSnapshot> all = gateway.allUsers();
        assertThat(all).hasSize(120).extracting(s -> s.agent().id()).doesNotHaveDuplicates();
        for (AgentSnapshot snapshot : all) {
            EmUser truth = emulator.org().user(snapshot.agent().id()).orElseThrow();
            assertThat(snapshot.state().presence()).isEqualTo(truth.presence());
            assertThat(snapshot.state().routingStatus()).isEqualTo(truth.routingStatus());
            assertThat(snapshot.agent().team()).isEqualTo(truth.team().name());
            assertThat(snapshot.state().presenceSince()).isEqualTo(truth.presenceModified().truncatedTo(
                    ChronoUnit.MILLIS));
        }
    }

    @Test
    void readsPresenceDefinitionsAndRoutingStatus() {
        List<PresenceDefinition> definitions = gateway.presenceDefinitions();
        assertThat(definitions).extracting(PresenceDefinition::systemPresence)
                .containsExactlyInAnyOrder(SystemPresence.values());
        assertThat(definitions).filteredOn(d -> d.systemPresence() == SystemPresence.ON_QUEUE)
                .extracting(PresenceDefinition::id).containsExactly("e08eaf1b-ee47-4fa9-a231-1200e284798f");

        EmUser user = emulator.org().users().get(5);
        assertThat(gateway.routingStatus(user.id())).isEqualTo(user.routingStatus());
        assertThat(gateway.routingStatus("no-such-user")).isEqualTo(RoutingStatus.OFF_QUEUE);
        assertThat(gateway.user(user.id()).agent().name()).isEqualTo(user.name());
    }

    @Test
    void pagesSkillsAndFiltersByPrefix() {
        List<Skill> all = gateway.allSkills();
        assertThat(all).hasSize(12);
        assertThat(all).extracting(Skill::state).contains(SkillState.INACTIVE);
        Page<Skill> page = gateway.skills(2, 5, null);
        assertThat(page.entities()).hasSize(5);
        assertThat(page.pageNumber()).isEqualTo(2);
        String name = all.get(0).name();
        assertThat(gateway.skills(1, 25, name.substring(0, 3).toLowerCase()).entities())
                .extracting(Skill::name).allMatch(n -> n.toLowerCase().startsWith(name.substring(0, 3).toLowerCase()));
        assertThat(gateway.skill(all.get(0).id()).name()).isEqualTo(name);
    }

    @Test
    void editsUserSkillsWithEveryOperation() {
        String userId = emulator.org().users().get(30).id();
        List<Skill> active = gateway.allSkills().stream().filter(s -> s.state() == SkillState.ACTIVE).toList();
        gateway.replaceUserSkills(userId, List.of(new SkillAssignment(active.get(0).id(), "", 2.0, null)));
        assertThat(gateway.userSkills(userId)).extracting(SkillAssignment::skillId).containsExactly(active.get(0).id());

        gateway.addUserSkill(userId, active.get(1).id(), 3.5);
        gateway.setUserSkill(userId, active.get(0).id(), 4.5);
        List<SkillAssignment> patched = gateway.patchUserSkills(userId,
                List.of(new SkillAssignment(active.get(2).id(), "", 1.0, null)));
        assertThat(patched).hasSize(3);
        gateway.removeUserSkill(userId, active.get(1).id());

        Map<String, Double> now = gateway.userSkills(userId).stream()
                .collect(Collectors.toMap(SkillAssignment::skillId, SkillAssignment::proficiency));
        assertThat(now).containsOnly(Map.entry(active.get(0).id(), 4.5), Map.entry(active.get(2).id(), 1.0));
        assertThat(emulator.org().user(userId).orElseThrow().skills()).isEqualTo(now);
    }

    @Test
    void refusesInvalidSkillWritesWithGenesysMessages() {
        String userId = emulator.org().users().get(31).id();
        Skill inactive = gateway.allSkills().stream().filter(s -> s.state() == SkillState.INACTIVE).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> gateway.addUserSkill(userId, inactive.id(), 2.0))
                .isInstanceOfSatisfying(GenesysException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("inactive");
                    assertThat(e.correlationId()).isPresent();
                });
        assertThatThrownBy(() -> gateway.addUserSkill(userId, gateway.allSkills().get(0).id(), 7.0))
                .isInstanceOfSatisfying(GenesysException.class, e -> assertThat(e.getMessage())
                        .contains("0.0 to 5.0"));
        List<SkillAssignment> tooMany = IntStream.range(0, 51)
                .mapToObj(i -> new SkillAssignment("s" + i, "", 1.0, null)).toList();
        assertThatThrownBy(() -> gateway.patchUserSkills(userId, tooMany)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsQueuesWithWildcardsAndFindsExactNamesClientSide() {
        gateway.createQueue(QueueSettings.named("Support"));
        gateway.createQueue(QueueSettings.named("Support Overflow"));
        gateway.createQueue(QueueSettings.named("Premium support"));
        assertThat(gateway.queues(1, 100, "Support").entities()).extracting(RoutingQueue::name)
                .contains("Support", "Support Overflow").doesNotContain("Premium support");
        assertThat(gateway.queues(1, 100, "*support*").entities()).extracting(RoutingQueue::name)
                .contains("Support", "Support Overflow", "Premium support");
        assertThat(gateway.findQueuesByName("SUPPORT")).extracting(RoutingQueue::name).containsExactly("Support");
        assertThat(gateway.allQueues().size()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void createsReadsAndUpdatesAQueueFromAFreshRead() {
        QueueSettings settings = new QueueSettings("Claims Intake", "Claims first line", null,
                SkillEvaluationMethod.ALL, "MANDATORY", 20_000L,
                Map.of("call", new MediaSettings(10, 0.9, 15_000L)));
        RoutingQueue created = gateway.createQueue(settings);
        RoutingQueue read = gateway.queue(created.id());
        assertThat(read.settings().skillEvaluationMethod()).isEqualTo(SkillEvaluationMethod.ALL);
        assertThat(read.settings().media().get("call")).isEqualTo(new MediaSettings(10, 0.9, 15_000L));
        assertThat(read.settings().divisionId()).isEqualTo(emulator.org().homeDivisionId());

        RoutingQueue updated = gateway.updateQueue(created.id(), s -> s.withDescription("Claims, all lines"));
        assertThat(updated.settings().description()).isEqualTo("Claims, all lines");
        // The update kept what it did not touch, because it was built from a fresh read.
        assertThat(updated.settings().acwTimeoutMs()).isEqualTo(20_000L);
        assertThat(updated.settings().media().get("call").serviceLevelPercentage()).isEqualTo(0.9);

        gateway.deleteQueue(created.id());
        assertThatThrownBy(() -> gateway.queue(created.id()))
                .isInstanceOfSatisfying(GenesysException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void addsListsAndRemovesQueueMembersInCallsOfAHundred() {
        RoutingQueue queue = gateway.createQueue(QueueSettings.named("Members Test"));
        List<String> ids = emulator.org().users().stream().limit(110).map(EmUser::id).toList();
        gateway.addQueueMembers(queue.id(), ids);
        List<QueueMember> members = gateway.queueMembers(queue.id());
        assertThat(members).extracting(QueueMember::userId).containsExactlyInAnyOrderElementsOf(ids);
        gateway.removeQueueMembers(queue.id(), ids.subList(0, 10));
        assertThat(gateway.queueMembers(queue.id())).hasSize(100);
        assertThat(gateway.queue(queue.id()).memberCount()).isEqualTo(100);
    }

    @Test
    void queriesQueueObservations() {
        RoutingQueue queue = gateway.allQueues().get(0);
        QueueObservation observation = gateway.queueObservations(List.of(queue.id())).get(0);
        int onQueueTruth = (int) emulator.org().queue(queue.id()).orElseThrow().members().stream()
                .filter(m -> m.joined() && emulator.org().user(m.userId()).orElseThrow().presence()
                        == SystemPresence.ON_QUEUE).count();
        assertThat(observation.onQueueUsers()).isEqualTo(onQueueTruth);
        assertThat(observation.routingStatuses().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(onQueueTruth);
        assertThat(observation.memberUsers()).isEqualTo(queue.memberCount());
    }

    @Test
    void managesChannelsAndSubscriptions() {
        NotificationChannel channel = gateway.createChannel();
        assertThat(channel.connectUri()).startsWith("ws://127.0.0.1:").endsWith("/channels/" + channel.id());
        assertThat(gateway.channelExists(channel.id())).isTrue();
        assertThat(gateway.channelExists("streaming-0-nope")).isFalse();
        String user = emulator.org().users().get(0).id();
        List<TopicSubscription> added = gateway.subscribe(channel.id(), List.of("v2.users." + user
                + "?presence&routingStatus"));
        assertThat(added).extracting(TopicSubscription::permitted).containsOnly(true);
        gateway.subscribe(channel.id(), List.of("v2.users." + emulator.org().users().get(1).id() + ".activity"));
        assertThat(gateway.subscriptions(channel.id())).hasSize(2);
        gateway.replaceSubscriptions(channel.id(), List.of("v2.users." + user + ".presence"));
        assertThat(gateway.subscriptions(channel.id())).extracting(TopicSubscription::topic)
                .containsExactly("v2.users." + user + ".presence");
        gateway.unsubscribeAll(channel.id());
        assertThat(gateway.subscriptions(channel.id())).isEmpty();
        assertThat(gateway.channels()).extracting(NotificationChannel::id).contains(channel.id());
        assertThatThrownBy(() -> gateway.subscribe(channel.id(), List.of("v2.users.x.nonsense")))
                .isInstanceOfSatisfying(GenesysException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    // ---- faults -----------------------------------------------------------------------------------------

    @Test
    void honoursTheServersRetryAfterOn429() {
        gateway.organizationName();
        emulator.faults().throttleNext(1, 2);
        long start = System.nanoTime();
        assertThat(gateway.organizationName()).isEqualTo("Floorwatch Demo");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
    }

    @Test
    void retriesReadsThroughA5xxBurst() {
        emulator.faults().failNext(2, 503);
        assertThat(gateway.allSkills()).hasSize(12);
    }

    @Test
    void aCreateAnswered503IsLookedUpNotRepeated() {
        emulator.http().duplicateQueueNames(QueueEndpoints.DuplicateNames.ALLOW);
        emulator.faults().createdButUnavailable(1);
        RoutingQueue queue = gateway.createQueue(QueueSettings.named("Exactly Once"));
        assertThat(queue.name()).isEqualTo("Exactly Once");
        assertThat(emulator.org().queues()).filteredOn(q -> q.name().equals("Exactly Once")).hasSize(1);
    }

    @Test
    void fetchesANewTokenAfterA401() {
        gateway.organizationName();
        int issued = emulator.tokens().issuedCount();
        emulator.expireTokens();
        assertThat(gateway.organizationName()).isEqualTo("Floorwatch Demo");
        assertThat(emulator.tokens().issuedCount()).isEqualTo(issued + 1);
    }

    @Test
    void aConcurrentSkillChangeShowsOnTheNextRead() {
        String userId = emulator.org().users().get(40).id();
        List<SkillAssignment> before = gateway.userSkills(userId);
        emulator.faults().concurrentSkillChange(1);
        List<SkillAssignment> read = gateway.userSkills(userId);
        assertThat(read).isEqualTo(before);
        assertThat(gateway.userSkills(userId)).isNotEqualTo(before);
    }

    @Test
    void aSkillConflictSurfacesAs409() {
        String userId = emulator.org().users().get(41).id();
        String skillId = gateway.allSkills().stream().filter(s -> s.state() == SkillState.ACTIVE).findFirst()
                .orElseThrow().id();
        emulator.faults().skillConflicts(1);
        assertThatThrownBy(() -> gateway.addUserSkill(userId, skillId, 1.0))
                .isInstanceOfSatisfying(GenesysException.class, e -> assertThat(e.isConflict()).isTrue());
        assertThat(gateway.addUserSkill(userId, skillId, 1.0).proficiency()).isEqualTo(1.0);
    }

    @Test
    void learnsTheRateBudgetFromHeaders() {
        gateway.organizationName();
        assertThat(gateway.rateLimit().allowed()).isEqualTo(300);
        assertThat(gateway.rateLimit().remaining()).isLessThan(300);
    }

    @Test
    void reportsAWrongSecretWithGenesysOAuthError() {
        try (GenesysGateway wrong = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "nope"))) {
            assertThatThrownBy(wrong::organizationName).isInstanceOfSatisfying(GenesysException.class, e -> {
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.code()).isEqualTo("invalid_client");
                assertThat(e.describe()).contains("authentication failed");
            });
        }
    }

    @Test
    void aLoginServiceThatIsNotThereIsCalledRefusedNotNull() {
        TokenSource nowhere = new TokenSource(new Credentials("http://127.0.0.1:9", "demo", "demo"),
                java.time.Clock.systemUTC(), Duration.ofSeconds(5));
        assertThatThrownBy(nowhere::current).isInstanceOf(GenesysException.class).hasMessage(
                "Cannot reach the login service at http://127.0.0.1:9/oauth/token: connection refused (nothing "
                        + "answers at that address and port)");
    }

    @Test
    void slowAnswersStillArrive() {
        emulator.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        gateway.organizationName();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
}
