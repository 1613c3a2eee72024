package io.floorwatch.ui;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.tuning.TuningService;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.tuning.ChangeRow;
import io.floorwatch.ui.tuning.TuningView;
import io.floorwatch.ui.tuning.TestTimeBoxSources;
import io.floorwatch.ui.tuning.TuningViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The tuning screen, headless: stage a change for several agents, see it validated and previewed, apply it. */
@ExtendWith(ApplicationExtension.class)
class TuningUiTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private Emulator emulator;
    private GenesysGateway gateway;
    private HistoryStore history;

    @Start
    void start(Stage stage) throws IOException {
        emulator = new Emulator(TestEmulators.still(12)).start();
        gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
        history = HistoryStore.openOrFail(Files.createTempDirectory("floorwatch-tuning-ui").resolve("h"),
                Duration.ofDays(90), Clock.systemUTC());
        TuningService service = new TuningService(gateway, history.writer(), "sup.one", Clock.systemUTC(),
                outcome -> { });
        List<Agent> floor = emulator.org().users().stream().map(u -> new Agent(u.id(), u.name(), u.email(),
                u.team() == null ? "" : u.team().name(), u.title())).toList();
        stage.setScene(new Scene(new TuningView(new TuningViewModel(() -> Optional.of(service), () -> floor, tasks,
                TestTimeBoxSources.on(history, service))),
                1240, 760));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        history.close();
        gateway.close();
        emulator.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aChangeForSeveralAgentsIsValidatedPreviewedAndAppliedAndAConflictIsShown(FxRobot robot) throws Exception {
        robot.clickOn("#reloadSkills");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#tuningMessage").startsWith("Read "));
        TableView<Agent> agents = robot.lookup("#tuningAgents").queryAs(TableView.class);
        Skill chosen = new Skill(emulator.org().skills().stream().filter(s -> s.state() == SkillState.ACTIVE)
                .findFirst().orElseThrow().id(), "", SkillState.ACTIVE);
        SearchableComboBox<Skill> picker = robot.lookup("#tuningSkill").queryAs(SearchableComboBox.class);
        Skill skill = picker.getItems().stream().filter(s -> s.id().equals(chosen.id())).findFirst().orElseThrow();
        robot.interact(() -> {
            agents.getSelectionModel().selectIndices(0, 1, 2);
            picker.setValue(skill);
            robot.lookup("#tuningProficiency").queryAs(TextField.class).setText("7");
        });
        robot.clickOn("#tuningSet");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#tuningProficiencyError")).isEqualTo("Proficiency: 0.0 to 5.0 in half steps, not 7.");
        TableView<ChangeRow> changes = robot.lookup("#tuningChanges").queryAs(TableView.class);
        assertThat(changes.getItems()).isEmpty();

        robot.interact(() -> {
            robot.lookup("#tuningProficiency").queryAs(TextField.class).setText("4.5");
            robot.lookup("#tuningMaxSkills").queryAs(TextField.class).setText("12");
        });
        robot.clickOn("#tuningSet");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#tuningProficiencyError")).isEmpty();
        assertThat(text(robot, "#tuningMaxSkillsError")).isEmpty();
        assertThat(changes.getItems()).hasSize(3).allSatisfy(row -> assertThat(row.after())
                .matches(".*(\\+ " + skill.name() + " 4\\.5|" + skill.name() + " \\d\\.\\d → 4\\.5).*"));

        // Another admin changes the third agent after the read: that one must be a conflict, not an overwrite.
        EmUser third = emulator.org().user(agents.getItems().get(2).id()).orElseThrow();
        emulator.org().putUserSkill(third, skill.id(), 1.0);

        robot.clickOn("#tuningApply");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#tuningMessage").contains("agents applied"));
        assertThat(text(robot, "#tuningMessage")).startsWith("2 of 3 agents applied");
        for (int i = 0; i < 2; i++) {
            EmUser user = emulator.org().user(agents.getItems().get(i).id()).orElseThrow();
            assertThat(user.skills()).containsEntry(skill.id(), 4.5);
        }
        assertThat(third.skills()).containsEntry(skill.id(), 1.0);
        assertThat(changes.getItems()).filteredOn(r -> r.agentId().equals(third.id())).singleElement()
                .satisfies(r -> assertThat(r.result()).startsWith("conflict: changed since the preview"));
    }

    @Test
    void eachSkillOfTheSelectedAgentHasItsOwnControl(FxRobot robot) throws Exception {
        robot.clickOn("#reloadSkills");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#tuningMessage").startsWith("Read "));
        TableView<Agent> agents = robot.lookup("#tuningAgents").queryAs(TableView.class);
        EmUser user = emulator.org().users().stream().filter(u -> u.skills().size() >= 2).findFirst().orElseThrow();
        int index = agents.getItems().indexOf(agents.getItems().stream().filter(a -> a.id().equals(user.id()))
                .findFirst().orElseThrow());
        robot.interact(() -> agents.getSelectionModel().clearAndSelect(index));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> names = user.skills().keySet().stream().map(id -> emulator.org().skill(id).orElseThrow().name())
                .toList();
        Spinner<Double> first = robot.lookup("#level-" + names.get(0))
                .queryAs(Spinner.class);
        robot.interact(() -> first.getValueFactory().setValue(5.0));
        robot.interact(() -> robot.lookup("#drop-" + names.get(1)).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ChangeRow> changes = robot.lookup("#tuningChanges").queryAs(TableView.class);
        double was = user.skills().get(emulator.org().skills().stream().filter(s -> s.name().equals(names.get(0)))
                .findFirst().orElseThrow().id());
        assertThat(changes.getItems()).singleElement().satisfies(row -> {
            assertThat(row.agentId()).isEqualTo(user.id());
            if (was != 5.0) {
                assertThat(row.after()).contains(names.get(0) + " " + was + " → 5.0");
            }
            assertThat(row.after()).contains("− " + names.get(1));
        });
        robot.clickOn("#tuningClear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changes.getItems()).isEmpty();
    }
}
