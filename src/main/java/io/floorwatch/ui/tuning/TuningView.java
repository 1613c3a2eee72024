package io.floorwatch.ui.tuning;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.GenesysPermissions;
import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.FxTicker;
import io.floorwatch.ui.common.ScreenLifecycle;
import io.floorwatch.ui.common.Permits;
import io.floorwatch.ui.common.FilterChoice;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

import java.time.Duration;
import java.util.List;

/**
 * The tuning screen. On its Changes tab: agents (many may be selected) on the left with their skills, the change to
 * stage in the middle, and every staged change with its before, after and result below; Apply sends them safely,
 * for good or, with a time-box chosen beside it, for a while. On its Time-boxes tab: the boxes and what each did.
 * Layout and bindings only; while the screen shows, a ticker has the time-boxes read again every few seconds.
 */
public final class TuningView extends VBox implements ScreenLifecycle {
    /** How often the time-boxes are read again while the screen shows (the runner's steps also refresh them). */
    private static final Duration TIME_BOX_REFRESH = Duration.ofSeconds(10);

    private final TuningViewModel model;
    private FxTicker timeBoxTicker;

    public TuningView(TuningViewModel model) {
        this(model, new Permits());
    }

    /** @param permits what the signed-in person may do: Apply and End now need {@code routing:skill:assign} */
    public TuningView(TuningViewModel model, Permits permits) {
        this.model = model;
        setId("tuningView");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label("Skill tuning");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button reload = Controls.button("reloadSkills", "Read skills", model.reloadCommand());
        Button recommend = Controls.button("recommendSkills", "Recommend from queue scores", model.recommendCommand());
        Label message = new Label();
        message.setId("tuningMessage");
        // Under the buttons, the screen's width wide, every line kept: a refusal names each of its reasons.
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(Bindings.isNotEmpty(model.messageProperty()));
        message.visibleProperty().bind(message.managedProperty());
        HBox buttons = new HBox(12, title, reload, recommend);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, buttons, message);

        TableView<Agent> agents = new TableView<>(model.filter().shown());
        agents.setId("tuningAgents");
        agents.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        agents.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Agent>) c ->
                model.selected().setAll(agents.getSelectionModel().getSelectedItems()));
        agents.setPlaceholder(Controls.wrapping(new Label(
                "Press Read skills to load the agents and their skills.")));
        agents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Agent, String> agentName = Controls.column("Agent", 160, Agent::name);
        agentName.setMinWidth(140);
        agents.getColumns().add(agentName);
        TableColumn<Agent, String> team = Controls.column("Team", 120, Agent::team);
        team.setMinWidth(110);
        agents.getColumns().add(team);
        TableColumn<Agent, String> held = new TableColumn<>("Skills");
        held.setPrefWidth(320);
        held.setCellValueFactory(c -> Bindings.createStringBinding(() -> model.skillsOf(c.getValue().id()).stream()
                .map(s -> s.skillName() + " " + s.proficiency()).reduce((a, b) -> a + ", " + b).orElse("none"),
                model.changes()));
        agents.getColumns().add(held);

        SearchableComboBox<Skill> skill = new SearchableComboBox<>(model.skills());
        skill.setId("tuningSkill");
        skill.setPromptText("Skill (type to search)");
        skill.setConverter(new StringConverter<>() {
            @Override
            public String toString(Skill value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Skill fromString(String text) {
                return model.skills().stream().filter(s -> s.name().equalsIgnoreCase(text)).findFirst().orElse(null);
            }
        });
        skill.valueProperty().bindBidirectional(model.form().skillProperty());
        skill.setMaxWidth(Double.MAX_VALUE);
        TextField proficiency = text("tuningProficiency", "0.0 to 5.0", model.form().proficiencyProperty());
        TextField max = text("tuningMaxSkills", "1 to 50", model.form().maxSkillsProperty());
        Button set = Controls.button("tuningSet", "Add or set for selected", model.setCommand());
        Button remove = Controls.button("tuningRemove", "Remove from selected", model.removeCommand());
        VBox editor = new VBox(6,
                new Label("Skill"), skill, error("tuningSkillError", model.form().skillErrorProperty()),
                new Label("Proficiency"), proficiency,
                error("tuningProficiencyError", model.form().proficiencyErrorProperty()),
                new Label("Skills per agent at most"), max,
                error("tuningMaxSkillsError", model.form().maxSkillsErrorProperty()),
                // Wraps where the editor is narrow (1024 px): side by side the two are wider than it.
                new FlowPane(8, 6, set, remove));
        VBox perSkill = new VBox(4);
        perSkill.setId("tuningAgentSkills");
        Runnable showSkills = () -> showSkills(model, perSkill);
        model.selected().addListener((ListChangeListener<Agent>) c -> showSkills.run());
        model.changes().addListener((ListChangeListener<ChangeRow>) c -> showSkills.run());
        editor.getChildren().addAll(new Separator(), perSkill);
        editor.setPrefWidth(340);
        editor.setPadding(new Insets(0, 4, 0, 12));
        // Scrolls where the window is short, rather than pushing Apply and the staged changes out of sight.
        ScrollPane editorScroll = new ScrollPane(editor);
        editorScroll.setId("tuningEditorScroll");
        editorScroll.setFitToWidth(true);
        editorScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        editorScroll.getStyleClass().add("edge-to-edge");
        editorScroll.setMinWidth(Region.USE_PREF_SIZE);
        editorScroll.setPrefWidth(356);
        TextField agentSearch = new TextField();
        agentSearch.setId("tuningAgentSearch");
        agentSearch.setPromptText("Search name, email or team");
        agentSearch.textProperty().bindBidirectional(model.filter().searchProperty());
        ComboBox<Skill> heldSkill = FilterChoice.create("tuningHeldSkill", "Holding any skill", Skill::name);
        Runnable skillChoices = () -> {
            heldSkill.getItems().setAll((Skill) null);
            heldSkill.getItems().addAll(model.skills());
        };
        skillChoices.run();
        model.skills().addListener((ListChangeListener<Skill>) c -> skillChoices.run());
        heldSkill.valueProperty().bindBidirectional(model.filter().skillProperty());
        ComboBox<String> inQueue = FilterChoice.create("tuningQueue", "In any queue", name -> name);
        Runnable queueChoices = () -> {
            String chosen = inQueue.getValue();
            inQueue.getItems().setAll((String) null);
            inQueue.getItems().addAll(model.filter().queues());
            inQueue.setValue(chosen);
        };
        queueChoices.run();
        model.filter().queues().addListener((ListChangeListener<String>) c -> queueChoices.run());
        inQueue.valueProperty().bindBidirectional(model.filter().queueProperty());
        // A choice box asks for the width of its longest entry; these take the width their "any" words need.
        for (ComboBox<?> choice : List.of(heldSkill, inQueue)) {
            choice.setPrefWidth(190);
            choice.setMinWidth(Region.USE_PREF_SIZE);
        }
        agentSearch.setMinWidth(120);
        HBox.setHgrow(agentSearch, Priority.ALWAYS);
        // Wraps in a narrow window rather than cutting the choices' words ("Holding ...").
        FlowPane agentFilters = new FlowPane(8, 6, agentSearch, inQueue, heldSkill);
        agentSearch.setPrefColumnCount(16);
        VBox agentPane = new VBox(6, agentFilters, agents);
        VBox.setVgrow(agents, Priority.ALWAYS);
        HBox top = new HBox(agentPane, editorScroll);
        HBox.setHgrow(agentPane, Priority.ALWAYS);

        TableView<ChangeRow> changes = new TableView<>(model.changes());
        ReadableHeaders.keep(changes);
        changes.setId("tuningChanges");
        changes.setPlaceholder(new Label("No changes staged."));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.getColumns().add(Controls.column("Agent", 160, ChangeRow::agentName));
        changes.getColumns().add(Controls.column("Before", 300, ChangeRow::before));
        changes.getColumns().add(Controls.column("Change", 300, ChangeRow::after));
        changes.getColumns().add(Controls.column("Result", 300, ChangeRow::result));
        ProgressBar progress = new ProgressBar();
        progress.setId("tuningProgress");
        progress.progressProperty().bind(model.progressProperty());
        StackPane apply = Controls.guarded("tuningApply", "Apply", model.applyCommand(), permits,
                GenesysPermissions.SKILL_ASSIGN);
        Controls.guardedButton(apply).getStyleClass().add(Styles.ACCENT);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox actions = new HBox(8, apply, Controls.button("tuningCancel", "Cancel", model.cancelCommand()), progress,
                spring, Controls.button("tuningClear", "Clear staged", model.clearCommand()));
        actions.setAlignment(Pos.CENTER_LEFT);
        // How long the change lasts comes before Apply, in reading and in Tab order.
        VBox bottom = new VBox(8, new TimeBoxControls(model.timeBox()), actions, changes);
        VBox.setVgrow(changes, Priority.ALWAYS);

        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        Tab changesTab = new Tab("Changes", split);
        changesTab.setId("tuningChangesTab");
        Tab timeBoxesTab = new Tab();
        timeBoxesTab.setId("tuningTimeBoxesTab");
        timeBoxesTab.textProperty().bind(model.timeBoxes().titleProperty());
        timeBoxesTab.setContent(new TimeBoxesPane(model.timeBoxes(), permits));
        Tab whatIfTab = new Tab("What-if", whatIf(model.whatIf()));
        whatIfTab.setId("tuningWhatIfTab");
        TabPane tabs = new TabPane(changesTab, whatIfTab, timeBoxesTab);
        tabs.setId("tuningTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, tabs);
    }

    /** The time-boxes are read at once, then every few seconds while the screen shows. */
    @Override
    public void activate() {
        if (timeBoxTicker == null) {
            model.tick();
            timeBoxTicker = new FxTicker("time-boxes-pull", TIME_BOX_REFRESH, model::tick);
        }
    }

    @Override
    public void deactivate() {
        if (timeBoxTicker != null) {
            timeBoxTicker.close();
            timeBoxTicker = null;
        }
    }

    /** Stops the refresh (the window is going away). */
    public void dispose() {
        deactivate();
    }

    /** One control per skill of the one selected agent: its proficiency in half steps, and Remove. */
    private static void showSkills(TuningViewModel model, VBox target) {
        target.getChildren().clear();
        if (model.selected().size() != 1) {
            Label hint = new Label(model.selected().isEmpty() ? "Select an agent to edit each of their skills."
                    : model.selected().size() + " agents selected: the change above applies to all of them.");
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            target.getChildren().add(hint);
            return;
        }
        Agent agent = model.selected().get(0);
        Label heading = new Label("Skills of " + agent.name());
        heading.getStyleClass().add(Styles.TITLE_4);
        target.getChildren().add(heading);
        for (SkillAssignment skill : model.skillsOf(agent.id())) {
            Spinner<Double> level = new Spinner<>(
                    new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 5, skill.proficiency(),
                            0.5));
            level.setId("level-" + skill.skillName());
            level.setPrefWidth(90);
            level.valueProperty().addListener((o, was, now) -> model.setSkill(agent.id(), skill.skillId(), now));
            Button drop = new Button("Remove");
            drop.setId("drop-" + skill.skillName());
            drop.setOnAction(e -> model.removeSkill(agent.id(), skill.skillId()));
            Label name = new Label(skill.skillName());
            name.setMinWidth(140);
            HBox row = new HBox(8, name, level, drop);
            row.setAlignment(Pos.CENTER_LEFT);
            target.getChildren().add(row);
        }
    }


    private static TextField text(String id, String prompt, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label error(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.DANGER);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(Bindings.isNotEmpty(text));
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        return label;
    }



    /** The What-if tab: Project, what it says, and the staged changes' effect on each queue they touch. */
    private static VBox whatIf(WhatIfViewModel model) {
        Button project = Controls.button("whatIfProject", "_Project", model.projectCommand());
        project.setAccessibleText("Project the staged changes: each touched queue's service level now and after");
        Label status = new Label();
        status.setId("whatIfStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox top = new HBox(10, project, status);
        top.setAlignment(Pos.CENTER_LEFT);
        WhatIfTable table = new WhatIfTable("whatIf", model.shown(), "Measured (30 min)");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(8, top, table);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }
}
