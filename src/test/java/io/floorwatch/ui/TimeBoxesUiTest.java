package io.floorwatch.ui;

import io.floorwatch.app.Composition;
import io.floorwatch.config.AppPaths;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillState;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.testkit.Clipped;
import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.ui.common.FxDialogService;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.tuning.ChangeRow;
import io.floorwatch.ui.tuning.TimeBoxConflictRow;
import io.floorwatch.ui.tuning.TimeBoxForm;
import io.floorwatch.ui.tuning.TimeBoxOutcomeRow;
import io.floorwatch.ui.tuning.TimeBoxRow;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time-boxed skill changes on the tuning screen, headless on the whole app over the demo at 1024x700 (the smallest
 * window a supervisor's laptop gives it): a change applied for an hour runs, is ended early and puts the agent
 * back in the emulator; an overlapping box is refused naming the agent and the other box, with nothing staged
 * lost; a box for later is cancelled and writes nothing. The confirmations are the app's real dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class TimeBoxesUiTest {
    private Composition composition;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path home = Files.createTempDirectory("floorwatch-time-boxes-ui");
        composition = new Composition(new AppPaths(home.resolve("config"), home.resolve("data")), Map.of(),
                new InMemoryKeychain(), new FxTaskExecutor(), false,
                () -> EmulatorConfig.defaults().withFloor(new SimSettings(40, 4, 8, 5, 1.0)).withSimulation(false));
        stage.setScene(new Scene(composition.buildWindow(new FxDialogService(() -> stage)), 1024, 700));
        stage.sizeToScene();
        stage.show();
        composition.start();
    }

    @AfterEach
    void stop() throws Exception {
        composition.close();
        // The stage is the next test class's too: it goes back to the size it was given.
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aChangeForAnHourRunsEndsEarlyOnConfirmationAndPutsTheAgentBack(FxRobot robot) throws Exception {
        openTuning(robot);
        EmUser user = someAgent(robot, 0);
        Map<String, Double> original = user.skills();
        Skill added = skillNotHeldBy(robot, user);

        stage(robot, user, added, "3");
        lastFor(robot, "1 h");
        title(robot, "Cover billing");
        assertThat(text(robot, "#tuningTimeBoxSummary")).startsWith("A time-box from now to ").contains("(1 h)");
        robot.clickOn("#tuningApply");
        waitFor(robot, 20, () -> text(robot, "#tuningMessage").startsWith("Time-box 'Cover billing' scheduled"),
                "the box is scheduled");
        assertThat(changes(robot)).as("the staged change is the box's now").isEmpty();

        robot.clickOn("#tuningTimeBoxesTab");
        waitFor(robot, 30, () -> state(robot, "Cover billing").equals("Running"), "the box runs");
        assertThat(user.skills()).containsEntry(added.id(), 3.0);
        assertThat(fx(() -> boxes(robot).getSelectionModel().getSelectedItem().title())).isEqualTo("Cover billing");
        assertThat(fx(() -> robot.lookup("#timeBoxCancel").queryButton().isDisabled())).isTrue();
        waitFor(robot, 5, () -> text(robot, "#timeBoxDetails").startsWith("'Cover billing': running"),
                "the details say what it is");
        assertThat(clipped(robot, "#tuningTabs .tab-label", "#timeBoxTable .column-header .label",
                "#timeBoxOutcomes .column-header .label", "#timeBoxCancel", "#timeBoxEndNow", "#timeBoxRefresh"))
                .as("the Time-boxes tab reads whole at 1024x700").isEmpty();
        assertThat(columnsInSight(robot, "#timeBoxTable")).as("every column within the table's width").isTrue();

        robot.clickOn("#timeBoxEndNow");
        confirm(robot, "End now");
        waitFor(robot, 30, () -> state(robot, "Cover billing").equals("Ended"), "the box ends");
        assertThat(user.skills()).as("the agent's own skills are back").isEqualTo(original);
        TimeBoxRow ended = row(robot, "Cover billing").orElseThrow();
        assertThat(ended.applied()).isEqualTo("1");
        assertThat(ended.putBack()).isEqualTo("1");
        assertThat(ended.conflicts()).isEqualTo("0");
        assertThat(ended.note()).startsWith("ended early by ");
        TableView<?> outcomes = robot.lookup("#timeBoxOutcomes").queryAs(TableView.class);
        waitFor(robot, 5, () -> fx(() -> outcomes.getItems().size()) == 2, "the start and the end of the agent");
    }

    @Test
    void theWhatIfNamesItsModelBeforeApplyingAndTheBoxKeepsIt(FxRobot robot) throws Exception {
        openTuning(robot);
        EmUser user = someAgent(robot, 2);
        stage(robot, user, skillNotHeldBy(robot, user), "3");
        robot.clickOn("#tuningWhatIfTab");
        robot.clickOn("#whatIfProject");
        waitFor(robot, 20, () -> text(robot, "#whatIfModel").startsWith("Model: Erlang C. "), "the projection");
        assertThat(text(robot, "#whatIfModel")).contains("nobody hangs up").contains("the last 30 minutes");
        assertThat(text(robot, "#whatIfStatus")).matches("(What the staged changes would do to \\d+ queues?\\."
                + "|The staged changes touch no queue's required skill\\.)");

        robot.clickOn("#tuningChangesTab");
        lastFor(robot, "1 h");
        title(robot, "Projected");
        robot.clickOn("#tuningApply");
        waitFor(robot, 20, () -> text(robot, "#tuningMessage").startsWith("Time-box 'Projected' scheduled"),
                "the box is scheduled");
        robot.clickOn("#tuningTimeBoxesTab");
        waitFor(robot, 30, () -> state(robot, "Projected").equals("Running"), "the box runs");
        waitFor(robot, 5, () -> text(robot, "#timeBoxWhatIfModel").startsWith("Model: Erlang C. "),
                "the box's details show the what-if it was scheduled with");
        assertThat(text(robot, "#timeBoxWhatIfModel")).contains("the 30 minutes before it was scheduled");
    }

    @Test
    void anAgentAnotherAdminChangedDuringTheBoxIsLeftAsTheyAreAndShownThreeWays(FxRobot robot) throws Exception {
        openTuning(robot);
        EmUser user = someAgent(robot, 3);
        Skill added = skillNotHeldBy(robot, user);
        stage(robot, user, added, "3");
        lastFor(robot, "30 min");
        title(robot, "Busy hour");
        robot.clickOn("#tuningApply");
        robot.clickOn("#tuningTimeBoxesTab");
        waitFor(robot, 30, () -> state(robot, "Busy hour").equals("Running"), "the box runs");

        composition.session().emulator().org().putUserSkill(user, added.id(), 1.0);
        robot.clickOn("#timeBoxEndNow");
        confirm(robot, "End now");
        waitFor(robot, 30, () -> state(robot, "Busy hour").equals("Ended"), "the box ends");

        assertThat(user.skills()).as("the other admin's change stands").containsEntry(added.id(), 1.0);
        assertThat(row(robot, "Busy hour").orElseThrow().conflicts()).isEqualTo("1");
        TableView<TimeBoxConflictRow> conflicts = robot.lookup("#timeBoxConflicts").queryAs(TableView.class);
        waitFor(robot, 5, () -> fx(() -> conflicts.getItems().size()) == 1, "the conflict shows");
        TimeBoxConflictRow conflict = fx(() -> conflicts.getItems().get(0));
        assertThat(conflict.agent()).isEqualTo(user.name());
        assertThat(conflict.before()).isEqualTo("no " + added.name());
        assertThat(conflict.setByTimeBox()).isEqualTo(added.name() + " 3.0");
        assertThat(conflict.now()).isEqualTo(added.name() + " 1.0");
        assertThat(clipped(robot, "#timeBoxConflicts .column-header .label", "#timeBoxConflicts .table-cell"))
                .as("the three ways read whole at 1024x700").isEmpty();
    }

    @Test
    void aSecondBoxForTheSameAgentIsRefusedNamingTheAgentAndTheOtherBoxAndNothingStagedIsLost(FxRobot robot)
            throws Exception {
        openTuning(robot);
        EmUser user = someAgent(robot, 1);
        List<Skill> notHeld = skillsNotHeldBy(robot, user);
        stage(robot, user, notHeld.get(0), "2");
        lastFor(robot, "1 h");
        title(robot, "First");
        robot.clickOn("#tuningApply");
        waitFor(robot, 20, () -> text(robot, "#tuningMessage").startsWith("Time-box 'First' scheduled"),
                "the first box is scheduled");

        stage(robot, user, notHeld.get(1), "4");
        lastFor(robot, "90m");
        title(robot, "Second");
        robot.clickOn("#tuningApply");
        waitFor(robot, 20, () -> text(robot, "#tuningMessage").startsWith("The time-box was not scheduled"),
                "the second box is refused");
        assertThat(text(robot, "#tuningMessage")).contains(user.name() + " is already in time-box 'First'");
        assertThat(changes(robot)).as("the refused change stays staged").singleElement()
                .satisfies(row -> assertThat(row.after()).contains(notHeld.get(1).name() + " 4.0"));
        assertThat(fx(() -> robot.lookup("#tuningTimeBoxTitle").queryAs(TextField.class).getText()))
                .as("and so does its title").isEqualTo("Second");
        assertThat(composition.session().emulator().org().user(user.id()).orElseThrow().skills())
                .doesNotContainKey(notHeld.get(1).id());
    }

    @Test
    void aBoxForLaterIsCancelledAndWritesNothing(FxRobot robot) throws Exception {
        openTuning(robot);
        EmUser user = someAgent(robot, 2);
        Map<String, Double> original = user.skills();
        stage(robot, user, skillNotHeldBy(robot, user), "1.5");
        lastFor(robot, "2h");
        // Three hours on, in the app's zone: tomorrow when that passes midnight, which the summary says.
        String later = LocalTime.now(ZoneId.systemDefault()).plusHours(3).format(DateTimeFormatter.ofPattern("HH:mm"));
        robot.interact(() -> robot.lookup("#tuningStarting").queryAs(ComboBox.class)
                .setValue(TimeBoxForm.Starting.AT));
        robot.clickOn("#tuningAt").write(later);
        title(robot, "Later");
        boolean tomorrow = LocalTime.parse(later).isBefore(LocalTime.now(ZoneId.systemDefault()));
        assertThat(text(robot, "#tuningTimeBoxSummary")).as(text(robot, "#tuningTimeBoxError"))
                .startsWith("A time-box from " + (tomorrow ? "tomorrow " : "today ") + later).contains("(2 h)");
        assertThat(clipped(robot, "#tuningTimeBox .label", "#tuningTimeBox .combo-box .list-cell", "#tuningApply",
                "#tuningClear")).as("the time-box controls read whole at 1024x700").isEmpty();
        robot.clickOn("#tuningApply");
        waitFor(robot, 20, () -> text(robot, "#tuningMessage").startsWith("Time-box 'Later' scheduled"),
                "the box is scheduled");

        robot.clickOn("#tuningTimeBoxesTab");
        waitFor(robot, 10, () -> state(robot, "Later").equals("Scheduled"), "the box waits for its start");
        assertThat(fx(() -> robot.lookup("#timeBoxEndNow").queryButton().isDisabled())).isTrue();
        assertThat(text(robot, "#tuningTabs .tab-label", "Time-boxes (1 scheduled)")).isTrue();
        robot.clickOn("#timeBoxCancel");
        confirm(robot, "Cancel time-box");
        waitFor(robot, 10, () -> state(robot, "Later").equals("Cancelled"), "the box is cancelled");
        assertThat(text(robot, "#tuningMessage")).isEqualTo("Time-box 'Later' cancelled before its start; no skills "
                + "were changed.");
        assertThat(row(robot, "Later").orElseThrow().applied()).isEqualTo("—");
        assertThat(user.skills()).as("nothing was written").isEqualTo(original);
        TableView<TimeBoxOutcomeRow> outcomes = robot.lookup("#timeBoxOutcomes").queryAs(TableView.class);
        assertThat(fx(() -> List.copyOf(outcomes.getItems()))).singleElement().satisfies(planned -> {
            assertThat(planned.step()).isEqualTo("planned");
            assertThat(planned.agent()).isEqualTo(user.name());
            assertThat(planned.result()).isEqualTo("not applied");
        });
    }

    @Test
    void atSixteenHundredTheTimeBoxesTabKeepsEveryColumnInSight(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        openTuning(robot);
        robot.interact(() -> robot.lookup("#tuningLasting").queryAs(ComboBox.class)
                .setValue(TimeBoxForm.Lasting.UNTIL));
        assertThat(clipped(robot, "#tuningTimeBox .label", "#tuningTimeBox .combo-box .list-cell")).isEmpty();
        robot.clickOn("#tuningTimeBoxesTab");
        assertThat(clipped(robot, "#timeBoxTable .column-header .label", "#timeBoxOutcomes .column-header .label",
                "#timeBoxCancel", "#timeBoxEndNow")).isEmpty();
        assertThat(columnsInSight(robot, "#timeBoxTable")).isTrue();
    }

    @Test
    void theTimeBoxChoiceIsReachedByItsKeyAndTabLeadsThroughItToApply(FxRobot robot) throws Exception {
        openTuning(robot);
        EmUser user = someAgent(robot, 0);
        stage(robot, user, skillNotHeldBy(robot, user), "2");
        key(robot, KeyCode.ALT, KeyCode.L);
        assertThat(focusId()).as("Alt+L: Lasts").isEqualTo("tuningLasting");
        robot.interact(() -> robot.lookup("#tuningLasting").queryAs(ComboBox.class)
                .setValue(TimeBoxForm.Lasting.FOR));
        List<String> walk = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            key(robot, KeyCode.TAB);
            walk.add(focusId());
        }
        assertThat(walk).containsExactly("tuningLength", "tuningStarting", "tuningTimeBoxTitle", "tuningApply");
    }

    // ---- steps --------------------------------------------------------------------------------------------

    private void openTuning(FxRobot robot) throws Exception {
        waitFor(robot, 60, () -> composition.session().status().state() == ConnectionStatus.State.CONNECTED
                && composition.session().feedHealth().agents() > 0, "the demo is connected");
        robot.clickOn("#nav-tuning");
        robot.clickOn("#reloadSkills");
        waitFor(robot, 20, () -> text(robot, "#tuningMessage").startsWith("Read "), "the skills are read");
    }

    /** The {@code nth} agent of the tuning table with room for two more skills, in the emulator. */
    private EmUser someAgent(FxRobot robot, int nth) throws Exception {
        TableView<Agent> agents = robot.lookup("#tuningAgents").queryAs(TableView.class);
        List<Agent> rows = fx(() -> List.copyOf(agents.getItems()));
        return rows.stream().map(a -> composition.session().emulator().org().user(a.id()).orElseThrow())
                .filter(u -> u.skills().size() <= 3).skip(nth).findFirst().orElseThrow();
    }

    private Skill skillNotHeldBy(FxRobot robot, EmUser user) throws Exception {
        return skillsNotHeldBy(robot, user).get(0);
    }

    /** The active skills the agent does not hold, as the skill box offers them. */
    private List<Skill> skillsNotHeldBy(FxRobot robot, EmUser user) throws Exception {
        ComboBox<Skill> picker = robot.lookup("#tuningSkill").queryAs(ComboBox.class);
        return fx(() -> picker.getItems().stream().filter(s -> s.state() == SkillState.ACTIVE
                && !user.skills().containsKey(s.id())).toList());
    }

    /** Selects the agent, picks the skill and proficiency, and stages it with "Add or set for selected". */
    private void stage(FxRobot robot, EmUser user, Skill skill, String proficiency) throws Exception {
        TableView<Agent> agents = robot.lookup("#tuningAgents").queryAs(TableView.class);
        ComboBox<Skill> picker = robot.lookup("#tuningSkill").queryAs(ComboBox.class);
        robot.interact(() -> {
            agents.getSelectionModel().clearSelection();
            agents.getItems().stream().filter(a -> a.id().equals(user.id())).findFirst()
                    .ifPresent(a -> agents.getSelectionModel().select(a));
            picker.setValue(skill);
            robot.lookup("#tuningProficiency").queryAs(TextField.class).setText(proficiency);
        });
        robot.clickOn("#tuningSet");
        waitFor(robot, 5, () -> changes(robot).stream().anyMatch(r -> r.agentId().equals(user.id())),
                "the change is staged");
    }

    /** Chooses "For" and types the length into its box. */
    private static void lastFor(FxRobot robot, String length) {
        robot.interact(() -> robot.lookup("#tuningLasting").queryAs(ComboBox.class)
                .setValue(TimeBoxForm.Lasting.FOR));
        ComboBox<?> lengths = robot.lookup("#tuningLength").queryAs(ComboBox.class);
        robot.interact(() -> lengths.getEditor().clear());
        robot.clickOn(lengths.getEditor()).write(length);
    }

    private static void title(FxRobot robot, String title) {
        TextField field = robot.lookup("#tuningTimeBoxTitle").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(title);
    }

    /** Presses the answer in the confirmation dialog the app shows. */
    private static void confirm(FxRobot robot, String answer) throws Exception {
        waitFor(robot, 5, () -> dialogButton(robot, answer).isPresent(), "the confirmation shows");
        robot.clickOn(dialogButton(robot, answer).orElseThrow());
    }

    private static Optional<Node> dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(n -> n instanceof Button b && text.equals(b.getText())).findFirst();
    }

    // ---- reading the screen -------------------------------------------------------------------------------

    private static TableView<TimeBoxRow> boxes(FxRobot robot) {
        return robot.lookup("#timeBoxTable").queryAs(TableView.class);
    }

    private static Optional<TimeBoxRow> row(FxRobot robot, String title) {
        try {
            return fx(() -> boxes(robot).getItems().stream().filter(r -> r.title().equals(title)).findFirst());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String state(FxRobot robot, String title) {
        return row(robot, title).map(TimeBoxRow::state).orElse("");
    }

    private static List<ChangeRow> changes(FxRobot robot) {
        TableView<ChangeRow> changes = robot.lookup("#tuningChanges").queryAs(TableView.class);
        try {
            return fx(() -> List.copyOf(changes.getItems()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(FxRobot robot, String id) {
        try {
            return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether one of the labels the selector finds shows exactly {@code expected}. */
    private static boolean text(FxRobot robot, String selector, String expected) throws Exception {
        return fx(() -> robot.lookup(selector).queryAll().stream()
                .anyMatch(n -> n instanceof Label l && expected.equals(l.getText())));
    }

    private static List<String> clipped(FxRobot robot, String... selectors) {
        List<Node> nodes = new ArrayList<>();
        List<String> found = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (String selector : selectors) {
                nodes.addAll(robot.lookup(selector).queryAll());
            }
            found.addAll(Clipped.among(nodes));
        });
        assertThat(nodes).as("the controls looked at are there").isNotEmpty();
        return found;
    }

    /** Whether every column of the table ends within its width (a constrained table does not scroll sideways). */
    private static boolean columnsInSight(FxRobot robot, String table) throws Exception {
        Node node = robot.lookup(table).query();
        return fx(() -> {
            double right = node.localToScene(node.getBoundsInLocal()).getMaxX();
            return node.lookupAll(".column-header").stream().filter(Node::isVisible)
                    .allMatch(h -> h.localToScene(h.getBoundsInLocal()).getMaxX() <= right + 1);
        });
    }

    private static void waitFor(FxRobot robot, int seconds, Callable<Boolean> condition, String what)
            throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " within " + seconds + " s; the screen says: "
                    + fx(() -> robot.lookup("#tuningMessage").queryAs(Label.class).getText() + " | time-box: "
                    + robot.lookup("#tuningTimeBoxSummary").queryAs(Label.class).getText() + " "
                    + robot.lookup("#tuningTimeBoxError").queryAs(Label.class).getText()), e);
        }
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focusId() throws Exception {
        return fx(() -> {
            Node owner = stage.getScene().getFocusOwner();
            return owner == null ? null : owner.getId();
        });
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
