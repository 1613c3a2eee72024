package io.floorwatch.ui.tuning;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Skill;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.timebox.TimeBox;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.tuning.WhatIfReports;
import io.floorwatch.tuning.WhatIfReport;
import io.floorwatch.tuning.QueueProjection;
import io.floorwatch.tuning.TuningService;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The tuning ViewModel without a toolkit, against the emulator: stage for selected agents, then apply. */
class TuningViewModelTest {
    @TempDir
    Path dir;

    /** The emulator's users as the floor lists them. */
    private static List<Agent> floorOf(Emulator emulator) {
        return emulator.org().users().stream().map(u -> new Agent(u.id(), u.name(), "",
                u.team() == null ? "" : u.team().name(), u.title())).toList();
    }

    @Test
    void aChangeIsStagedForTheSelectedAgentsRefusedOverCapacityAndAppliedWithAResultPerAgent() {
        try (Emulator emulator = new Emulator(TestEmulators.still(12)).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9),
                        Clock.systemUTC())) {
            TuningService service = new TuningService(gateway, history.writer(), "sup.one", Clock.systemUTC(),
                    outcome -> { });
            List<Agent> floor = floorOf(emulator);
            TuningViewModel model = new TuningViewModel(() -> Optional.of(service), () -> floor,
                    new CurrentThreadTasks(), TestTimeBoxSources.on(history, service));
            model.reloadCommand().execute();
            assertThat(model.messageProperty().get()).startsWith("Read ");

            AgentFilter filter = model.filter();
            Agent someone = model.agents().get(3);
            filter.searchProperty().set(someone.name().toUpperCase());
            assertThat(filter.shown()).contains(someone).allMatch(a -> a.name().equalsIgnoreCase(someone.name()));
            filter.searchProperty().set("");
            // The skill the fewest agents hold, so the filter has someone to leave out.
            Skill rare = model.skills().stream().min(Comparator.comparingLong(k -> model.agents().stream()
                    .filter(a -> holds(model, a, k)).count())).orElseThrow();
            List<Agent> holding = model.agents().stream().filter(a -> holds(model, a, rare)).toList();
            assertThat(holding.size()).as("the demo floor does not give everyone every skill")
                    .isLessThan(model.agents().size());
            filter.skillProperty().set(rare);
            assertThat(filter.shown()).containsExactlyElementsOf(holding);
            filter.skillProperty().set(null);
            assertThat(filter.shown()).hasSameSizeAs(model.agents());

            List<Agent> two = model.agents().subList(0, 2);
            model.selected().setAll(two);
            Skill chosen = model.skills().stream().filter(s -> two.stream().noneMatch(a -> model.skillsOf(a.id())
                    .stream().anyMatch(held -> held.skillId().equals(s.id())))).findFirst().orElseThrow();
            model.form().skillProperty().set(chosen);
            model.form().maxSkillsProperty().set("1");
            model.form().proficiencyProperty().set("3.5");
            model.setCommand().execute();
            assertThat(model.form().maxSkillsErrorProperty().get()).startsWith("Capacity: ")
                    .contains("more than the 1 an agent may hold");
            assertThat(model.changes()).isEmpty();

            model.form().maxSkillsProperty().set("50");
            model.setCommand().execute();
            assertThat(model.form().maxSkillsErrorProperty().get()).isEmpty();
            assertThat(model.changes()).extracting(ChangeRow::agentId).containsExactly(two.get(0).id(),
                    two.get(1).id());
            assertThat(model.changes()).allSatisfy(row -> {
                assertThat(row.after()).isEqualTo("+ " + chosen.name() + " 3.5");
                assertThat(row.result()).isEqualTo("staged");
            });

            model.removeCommand().execute();
            assertThat(model.changes()).as("removing what was only staged is no change").isEmpty();
            model.setCommand().execute();

            model.applyCommand().execute();
            assertThat(model.messageProperty().get()).startsWith("2 of 2 agents applied");
            assertThat(model.changes()).extracting(ChangeRow::result).containsExactly("applied", "applied");
            assertThat(model.changes()).as("after the apply, each row still says what changed")
                    .allSatisfy(row -> assertThat(row.after()).isEqualTo("+ " + chosen.name() + " 3.5"));
            assertThat(model.applyCommand().executableProperty().get()).as("nothing is left to apply").isFalse();
            assertThat(model.progressProperty().get()).isEqualTo(1.0);
            assertThat(model.skillsOf(two.get(0).id())).anyMatch(s -> s.skillId().equals(chosen.id())
                    && s.proficiency() == 3.5);
        }
    }

    private static boolean holds(TuningViewModel model, Agent agent, Skill skill) {
        return model.skillsOf(agent.id()).stream().anyMatch(s -> s.skillId().equals(skill.id()));
    }

    @Test
    void theAgentsFilterByTheQueuesTheyAreMembersOf() {
        ObservableList<Agent> agents = FXCollections.observableArrayList();
        Map<String, List<String>> membership = Map.of("u-1", List.of("Billing", "Sales"), "u-2", List.of("Sales"),
                "u-3", List.of());
        AgentFilter filter = new AgentFilter(agents, id -> List.of(), id -> membership.getOrDefault(id, List.of()));
        Agent ada = new Agent("u-1", "Ada", "", "Team A", "");
        Agent bo = new Agent("u-2", "Bo", "", "Team B", "");
        Agent cy = new Agent("u-3", "Cy", "", "Team A", "");
        agents.setAll(List.of(ada, bo, cy));
        assertThat(filter.queues()).containsExactly("Billing", "Sales");

        filter.queueProperty().set("Sales");
        assertThat(filter.shown()).containsExactly(ada, bo);
        filter.searchProperty().set("team a");
        assertThat(filter.shown()).as("with the search as well").containsExactly(ada);
        filter.queueProperty().set(null);
        assertThat(filter.shown()).containsExactly(ada, cy);
    }

    @Test
    void stagedChangesAreScheduledAsATimeBoxAndARefusalKeepsThemStagedWithEveryReason() {
        try (Emulator emulator = new Emulator(TestEmulators.still(12)).start();
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore history = HistoryStore.openOrFail(dir.resolve("h"), Duration.ofDays(9),
                        Clock.systemUTC())) {
            TuningService service = new TuningService(gateway, history.writer(), "sup.one", Clock.systemUTC(),
                    outcome -> { });
            List<Agent> floor = floorOf(emulator);
            TimeBoxSources test = TestTimeBoxSources.on(history, service);
            List<SkillPlan> projected = new ArrayList<>();
            AtomicInteger wakes = new AtomicInteger();
            // The what-if: shown before applying, and the one shown for the same plan is kept with the box.
            WhatIfReport report = new WhatIfReport("Erlang C", "Calls arrive at random.", Instant.now(),
                    List.of(new QueueProjection("q-1", "Billing", "Billing", 42, 310.0, 20, 6, 8, 0.61, 0.84, 38.0,
                            9.0, 0.79, 12.0, "")));
            TimeBoxSources sources = new TimeBoxSources(test.boxes(), test.worker(), test.actor(),
                    wakes::incrementAndGet, plan -> {
                        projected.add(plan);
                        return report;
                    }, test.dialogs(), test.clock(), test.zone());
            TuningViewModel model = new TuningViewModel(() -> Optional.of(service), () -> floor,
                    new CurrentThreadTasks(), sources);
            model.reloadCommand().execute();
            List<Agent> two = model.agents().subList(0, 2);
            model.selected().setAll(two);
            Skill chosen = model.skills().stream().filter(k -> two.stream().noneMatch(a -> holds(model, a, k)))
                    .findFirst().orElseThrow();
            model.form().skillProperty().set(chosen);
            model.form().maxSkillsProperty().set("50");
            model.setCommand().execute();
            model.whatIf().projectCommand().execute();
            assertThat(model.whatIf().shown().modelProperty().get()).startsWith("Model: Erlang C. Calls arrive at "
                    + "random.");
            assertThat(model.whatIf().shown().rows()).singleElement().satisfies(row -> {
                assertThat(row.agents()).isEqualTo("6 → 8");
                assertThat(row.serviceLevel()).isEqualTo("61 % → 84 %");
                assertThat(row.asa()).isEqualTo("38 s → 9 s");
            });
            model.timeBox().lastingProperty().set(TimeBoxForm.Lasting.FOR);
            model.timeBox().lengthProperty().set("soon");

            model.applyCommand().execute();
            assertThat(model.messageProperty().get()).isEqualTo("Fix the time-box: For: 'soon' is not a length "
                    + "(e.g. 30 min, 90m, 2h, 1h30).");
            assertThat(test.boxes().list(5)).isEmpty();

            model.timeBox().lengthProperty().set("1 h");
            model.timeBox().titleProperty().set("Cover");
            model.applyCommand().execute();
            assertThat(model.messageProperty().get()).startsWith("Time-box 'Cover' scheduled: 2 agents from now to ");
            assertThat(model.changes()).as("the box holds them now").isEmpty();
            assertThat(model.timeBox().titleProperty().get()).isEmpty();
            assertThat(wakes).as("a box that starts now is started at once").hasValue(1);
            TimeBox box = test.boxes().list(5).get(0);
            assertThat(box.projection()).isEqualTo(WhatIfReports.toJson(report));
            assertThat(projected).as("the projection shown was kept, not made again").singleElement()
                    .isEqualTo(box.plan());
            assertThat(box.plan().agents()).extracting(SkillPlan.Agent::agentId).containsExactly(two.get(0).id(),
                    two.get(1).id());
            assertThat(model.timeBoxes().rows()).extracting(TimeBoxRow::title).containsExactly("Cover");
            assertThat(model.timeBoxes().selectedProperty().get().title()).as("the new box is selected")
                    .isEqualTo("Cover");

            model.form().proficiencyProperty().set("1.5");
            model.setCommand().execute();
            model.timeBox().lengthProperty().set("2h");
            model.timeBox().titleProperty().set("Again");
            model.applyCommand().execute();
            assertThat(model.messageProperty().get()).startsWith("The time-box was not scheduled and nothing was "
                    + "sent; the changes stay staged. " + two.get(0).name() + " is already in time-box 'Cover' (")
                    .contains(two.get(1).name() + " is already in time-box 'Cover' (")
                    .endsWith("two time-boxes may not change one agent at once.");
            assertThat(model.changes()).hasSize(2).allSatisfy(row -> assertThat(row.result()).isEqualTo("staged"));
            assertThat(model.timeBox().titleProperty().get()).isEqualTo("Again");
            assertThat(test.boxes().list(5)).hasSize(1);
            assertThat(model.applyCommand().executableProperty().get()).as("it may be tried again").isTrue();
        }
    }
}
