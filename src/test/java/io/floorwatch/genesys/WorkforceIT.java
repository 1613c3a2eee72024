package io.floorwatch.genesys;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.ActivityCode;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AgentSchedule;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.ManagementUnit;
import io.floorwatch.domain.ScheduledActivity;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.SignInRobot;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.emulator.org.EmWorkforce;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Workforce management read through the SDK from the emulator (wire notes, "Workforce management and
 * adherence"): units, their agents, the activity codes, the agents' schedules and their adherence, inline and
 * through the download service; and a person without the permission is refused by name.
 */
class WorkforceIT {
    private static Emulator emulator;
    private static GenesysGateway gateway;

    @BeforeAll
    static void start() {
        emulator = new Emulator(TestEmulators.still(60)).start();
        // One step: the simulator plans the day's shifts and the workforce judges everyone against them.
        emulator.simulator().tick(System.currentTimeMillis());
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        emulator.close();
    }

    @Test
    void unitsAgentsAndActivityCodesAreReadAsTheOrgHoldsThem() {
        EmWorkforce truth = emulator.org().workforce();
        List<ManagementUnit> units = gateway.workforce().managementUnits();
        assertThat(units).extracting(ManagementUnit::name)
                .containsExactlyElementsOf(truth.units().stream().map(EmWorkforce.Unit::name).toList());
        assertThat(units).allSatisfy(u -> {
            assertThat(u.businessUnitId()).isEqualTo(truth.businessUnitId());
            assertThat(u.timeZone()).isEqualTo("UTC");
            assertThat(gateway.workforce().agentsOf(u.id()))
                    .containsExactlyElementsOf(truth.unit(u.id()).orElseThrow().userIds());
        });
        List<ActivityCode> codes = gateway.workforce().activityCodes(truth.businessUnitId());
        assertThat(codes).containsExactlyElementsOf(truth.activityCodes());
        assertThatThrownBy(() -> gateway.workforce().activityCodes("no-such-unit"))
                .isInstanceOf(GenesysException.class).hasMessageContaining("no-such-unit");
    }

    @Test
    void schedulesComeWithTheirActivitiesCategorisedInlineOrThroughTheDownloadService() {
        EmWorkforce truth = emulator.org().workforce();
        EmWorkforce.Unit unit = truth.units().get(0);
        Map<String, ActivityCode> codes = truth.activityCodes().stream()
                .collect(Collectors.toMap(ActivityCode::id, Function.identity()));
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofDays(1));
        Instant to = now.plus(Duration.ofDays(2));
        List<AgentSchedule> inline = gateway.workforce().schedules(unit.id(), unit.userIds(), from, to, codes);
        assertThat(inline).extracting(AgentSchedule::userId).containsExactlyInAnyOrderElementsOf(unit.userIds());
        for (AgentSchedule schedule : inline) {
            List<ScheduledActivity> expected = truth.scheduleBetween(schedule.userId(), from, to);
            assertThat(schedule.activities()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                ScheduledActivity read = schedule.activities().get(i);
                assertThat(read.start()).isEqualTo(expected.get(i).start().truncatedTo(ChronoUnit.MILLIS));
                assertThat(read.category()).isEqualTo(expected.get(i).category());
                assertThat(read.activityCodeId()).isEqualTo(expected.get(i).activityCodeId());
                // Lengths go in whole minutes, as Genesys sends them.
                assertThat(read.length().toSeconds()).isCloseTo(expected.get(i).length().toSeconds(),
                        within(30L));
            }
            assertThat(schedule.activities()).extracting(ScheduledActivity::category)
                    .contains(ActivityCategory.BREAK, ActivityCategory.MEAL);
        }
        List<AgentSchedule> downloaded = gateway.workforce().schedules(unit.id(), unit.userIds(), from, to, codes,
                true);
        assertThat(downloaded).isEqualTo(inline);
    }

    @Test
    void adherenceIsEveryAgentsRecordInlineOrThroughTheDownloadService() {
        EmWorkforce truth = emulator.org().workforce();
        EmWorkforce.Unit unit = truth.units().get(0);
        List<Adherence> read = gateway.workforce().adherence(unit.id());
        assertThat(read).extracting(Adherence::userId).containsExactlyInAnyOrderElementsOf(unit.userIds());
        for (Adherence adherence : read) {
            Adherence held = truth.adherence(adherence.userId()).orElseThrow();
            assertThat(adherence.state()).isEqualTo(held.state());
            assertThat(adherence.scheduled()).isEqualTo(held.scheduled());
            assertThat(adherence.actual()).isEqualTo(held.actual());
            assertThat(adherence.impact()).isEqualTo(held.impact());
            assertThat(adherence.managementUnitId()).isEqualTo(unit.id());
            assertThat(adherence.changedAt()).isEqualTo(held.changedAt().truncatedTo(ChronoUnit.MILLIS));
        }
        assertThat(gateway.workforce().adherence(unit.id(), true)).isEqualTo(read);
        assertThatThrownBy(() -> gateway.workforce().adherence("no-such-unit"))
                .isInstanceOf(GenesysException.class).satisfies(e -> assertThat(((GenesysException) e).status())
                        .isEqualTo(404));
    }

    @Test
    void anAgentWithoutTheAdherencePermissionIsRefusedByName() {
        EmAccount agent = emulator.org().accounts().stream().filter(a -> a.role().name().equals("Agent"))
                .findFirst().orElseThrow();
        try (UserTokens tokens = new UserSignIn(emulator.baseUrl(), emulator.signInClientId(), 0,
                Duration.ofSeconds(20), Clock.systemUTC()).run(uri -> new SignInRobot().signIn(uri, agent.email(),
                        agent.password()));
                GenesysGateway asAgent = GenesysGateway.connect(new Credentials(emulator.baseUrl(),
                        emulator.signInClientId(), ""), tokens)) {
            String unit = emulator.org().workforce().units().get(0).id();
            assertThatThrownBy(() -> asAgent.workforce().adherence(unit)).isInstanceOf(GenesysException.class)
                    .satisfies(e -> {
                        assertThat(((GenesysException) e).status()).isEqualTo(403);
                        assertThat(((GenesysException) e).describe()).contains("wfm:realtimeAdherence:view");
                    });
        }
    }
}
