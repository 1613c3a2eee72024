package io.floorwatch.timebox;

import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.org.EmSkill;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.Await;
import io.floorwatch.testkit.CompressedClock;
import io.floorwatch.testkit.OfficialSdk;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.TuningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A two-hour time-box against the emulator in compressed time (speed 240: two simulated hours pass in 30 s), run
 * by the scheduler on its own thread through the real safe apply; what Genesys holds after it is read back with
 * the official SDK.
 */
class TimeBoxIT {
    private static final double SPEED = 240;

    @TempDir
    Path dir;
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryStore history;
    private final CompressedClock clock = new CompressedClock(SPEED);
    private final List<String> notices = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        emulator = new Emulator(EmulatorConfig.defaults().withFloor(new SimSettings(30, 4, 12, 7, SPEED))).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        history = HistoryStore.openOrFail(dir.resolve("history"), Duration.ofDays(90), clock);
    }

    @AfterEach
    void stop() {
        history.close();
        gateway.close();
        emulator.close();
    }

    @Test
    void aTwoHourBoxAppliesItsPlanAndPutsEveryAgentBackExceptOneChangedMeanwhile() throws Exception {
        TuningService tuning = new TuningService(gateway, history.writer(), "sup.one", clock, outcome -> { });
        TuningWorker worker = new TuningWorker(TuningWorker.org(gateway.credentials()), "sup.one", tuning,
                (projection, from, to) -> "{\"measuredFrom\":\"" + from + "\",\"measuredTo\":\"" + to + "\"}");
        TimeBoxes boxes = new TimeBoxes(history.timeBoxes(), history.writer(), clock, (json, what) -> notices.add(json));
        List<EmUser> agents = emulator.org().users().subList(2, 6);
        List<SkillPlan.Agent> parts = new ArrayList<>();
        List<Map<String, Double>> before = new ArrayList<>();
        for (EmUser user : agents) {
            List<SkillAssignment> preview = gateway.userSkills(user.id());
            List<SkillAssignment> target = new ArrayList<>(preview);
            EmSkill extra = emulator.org().skills().stream().filter(s -> s.state() == SkillState.ACTIVE)
                    .filter(s -> !user.skills().containsKey(s.id())).findFirst().orElseThrow();
            target.add(new SkillAssignment(extra.id(), extra.name(), 3.5, SkillState.ACTIVE));
            parts.add(new SkillPlan.Agent(user.id(), user.name(), preview, target));
            before.add(Map.copyOf(user.skills()));
        }
        TimeBox box = boxes.schedule(new TimeBoxRequest("Hot queue for two hours", new SkillPlan(10, parts), null,
                clock.instant().plus(Duration.ofHours(2)), "{\"model\":\"Erlang C\"}"), worker);
        OfficialSdk sdk = OfficialSdk.signIn(emulator.baseUrl(), "demo", "demo");

        try (TimeBoxScheduler scheduler = new TimeBoxScheduler(boxes.runner("TimeBoxIT"), () -> Optional.of(worker),
                changed -> { }).start(Duration.ofMillis(200))) {
            Await.until("the box running", Duration.ofSeconds(20), () -> state(boxes, box) == TimeBoxState.RUNNING);
            for (int i = 0; i < agents.size(); i++) {
                assertThat(sdk.routingSkills(agents.get(i).id())).hasSize(before.get(i).size() + 1)
                        .containsAllEntriesOf(before.get(i));
            }
            // Another supervisor raises one of the box's agents during the window.
            EmUser changed = agents.get(1);
            String raised = parts.get(1).target().get(parts.get(1).target().size() - 1).skillId();
            emulator.org().putUserSkill(changed, raised, 5.0);

            Await.until("the box ended", Duration.ofSeconds(60), () -> state(boxes, box) == TimeBoxState.ENDED);
        }
        TimeBox ended = boxes.find(box.id()).orElseThrow();
        for (int i = 0; i < agents.size(); i++) {
            if (i == 1) {
                assertThat(sdk.routingSkills(agents.get(i).id())).as("changed during the window: left alone")
                        .containsEntry(parts.get(1).target().get(parts.get(1).target().size() - 1).skillId(), 5.0);
            } else {
                assertThat(sdk.routingSkills(agents.get(i).id())).as(agents.get(i).name() + " is back")
                        .isEqualTo(before.get(i));
            }
        }
        assertThat(ended.results(AgentResult.Step.START)).extracting(AgentResult::status)
                .containsOnly(SkillOutcome.Status.APPLIED);
        assertThat(ended.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.agentId()).isEqualTo(agents.get(1).id());
            assertThat(c.ours()).extracting(SkillAssignment::proficiency).contains(3.5);
            assertThat(c.now()).extracting(SkillAssignment::proficiency).contains(5.0);
        });
        // On time: started and reverted within the grace of their times (the runner judges that as each step
        // begins; the writes themselves take simulated minutes at this speed).
        assertThat(Duration.between(ended.startsAt(), ended.appliedAt())).isLessThan(TimeBoxRunner.GRACE);
        assertThat(ended.endsAt()).isEqualTo(box.endsAt());
        assertThat(Duration.between(ended.appliedAt(), ended.endedAt())).isGreaterThan(Duration.ofHours(2));
        assertThat(ended.note()).as("neither step was late").isEmpty();
        assertThat(ended.report()).contains("\"measuredFrom\":\"" + ended.appliedAt() + "\"");
        assertThat(notices).anyMatch(n -> n.contains("\"event\":\"timebox.ended\"") && n.contains("\"reverted\":3"));
    }

    private static TimeBoxState state(TimeBoxes boxes, TimeBox box) {
        return boxes.find(box.id()).orElseThrow().state();
    }
}
