package io.floorwatch.tuning;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.Skill;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.ui.tuning.ChangeRow;
import io.floorwatch.ui.tuning.TestTimeBoxSources;
import io.floorwatch.ui.tuning.TuningViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The tuning ViewModel without a toolkit: recommendations from a hot queue are staged with reasons and applied. */
class TuningViewModelIT {
    @TempDir
    Path dir;

    @Test
    void recommendationsAreStagedWithTheirReasonAndAppliedWithANotice() {
        try (Emulator emulator = new Emulator(TestEmulators.still(24)).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9),
                        Clock.systemUTC())) {
            EmQueue hot = emulator.org().queues().get(0);
            String skillId = emulator.plan().queueSkills().get(hot.id()).get(0);
            List<EmUser> members = hot.members().stream().map(m -> emulator.org().user(m.userId()).orElseThrow())
                    .toList();
            List<Agent> floor = emulator.org().users().stream().map(u -> new Agent(u.id(), u.name(), "",
                    u.team().name(), u.title())).toList();
            List<String> notices = new CopyOnWriteArrayList<>();
            TuningService service = new TuningService(gateway, history.writer(), "sup.one", Clock.systemUTC(),
                    outcome -> notices.add(SkillNotices.applied(outcome, "sup.one", Instant.now())));
            Instant now = Instant.now();
            QueueSample sample = new QueueSample(new QueueSnapshot(hot.id(), skillId, now, 120, 150.0, 0, 0.2, 9, 3,
                    0, 3, 0.4, "kafka"), new QueueScore(0.9, 0.5, 0.3, 0.1));
            // Everyone on the floor counts as idle for this: the recommender picks members first.
            List<FloorAgent> idle = emulator.org().users().stream().map(u -> new FloorAgent(floor.stream()
                    .filter(a -> a.id().equals(u.id())).findFirst().orElseThrow(), Activity.IDLE,
                    now.minusSeconds(300), members.contains(u) ? List.of(hot.name()) : List.of())).toList();
            Map<String, Skill> skills = new HashMap<>();
            gateway.allSkills().forEach(s -> skills.put(s.id(), s));
            Recommender recommender = new Recommender(0.5, 2, 10);
            TuningViewModel model = new TuningViewModel(() -> Optional.of(service), () -> floor,
                    held -> recommender.recommend(List.of(sample), Map.of(hot.id(), hot.name()), idle, skills, held,
                            now), new CurrentThreadTasks(), TestTimeBoxSources.on(history, service));

            model.reloadCommand().execute();
            model.recommendCommand().execute();

            assertThat(model.changes()).hasSizeBetween(1, 2).allSatisfy(row -> {
                assertThat(row.result()).startsWith("recommended: " + hot.name() + " needs help: score 0.90");
                assertThat(row.after()).contains(skills.get(skillId).name());
            });
            List<String> recommended = model.changes().stream().map(ChangeRow::agentId).toList();
            assertThat(members.stream().map(EmUser::id).toList()).containsAll(recommended);

            model.applyCommand().execute();

            assertThat(model.messageProperty().get()).startsWith(recommended.size() + " of " + recommended.size()
                    + " agents applied");
            for (String id : recommended) {
                assertThat(emulator.org().user(id).orElseThrow().skills()).containsEntry(skillId, 3.0);
            }
            assertThat(notices).hasSize(recommended.size()).allSatisfy(n -> assertThat(n)
                    .contains("\"event\":\"user.skills.changed\"").contains("\"after\":3.0"));
        }
    }
}
