package io.floorwatch.ui.shell;

import atlantafx.base.theme.Styles;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.ui.common.FxTicker;
import io.floorwatch.ui.common.InitialFocus;
import io.floorwatch.ui.common.OnPulse;
import io.floorwatch.ui.common.ScreenLifecycle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The main window: navigation on the left, the chosen screen in the middle, the status bar at the bottom. */
public final class MainWindow extends BorderPane {
    private final FxTicker statusPoll;
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    /** The shown screen, with the toast area under it once there is one. */
    private final VBox centerColumn = new VBox();
    /** The screen shown now, or null before the first is shown. */
    private Node shown;
    private final StackPane content = new StackPane();
    private final Shortcuts shortcuts = new Shortcuts();
    private final VBox navigation;
    /** The shortcut sheet while it shows, and what had the focus before it opened. */
    private ShortcutSheet sheet;
    private Node focusBeforeSheet;

    public MainWindow(ShellViewModel model, List<Screen> screens) {
        setId("mainWindow");
        getStylesheets().add(MainWindow.class.getResource("addons.css").toExternalForm());
        content.setAlignment(Pos.TOP_LEFT);
        centerColumn.getChildren().add(content);

        Label brand = new Label("Floorwatch");
        brand.getStyleClass().addAll(Styles.TITLE_3);
        navigation = new VBox(6, brand, new Separator());
        navigation.setId("navigation");
        navigation.setPadding(new Insets(16, 12, 16, 12));
        navigation.setPrefWidth(190);
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : screens) {
            ToggleButton button = new ToggleButton(screen.title());
            button.setId("nav-" + screen.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add(Styles.FLAT);
            button.setOnAction(e -> {
                closeSheet();
                showing(screen.view());
                content.getChildren().setAll(screen.view());
                button.setSelected(true);
            });
            if (buttons.size() < 9) {
                int number = buttons.size() + 1;
                shortcuts.add("Screens", KeyCombination.keyCombination("Shortcut+" + number),
                        "Show " + screen.title(), () -> showAndFocus(screen.id()));
            }
            if (screen.badge() != null) {
                button.setGraphic(badge(screen));
                button.setContentDisplay(ContentDisplay.RIGHT);
                button.setGraphicTextGap(8);
            }
            navigation.getChildren().add(button);
            buttons.put(screen.id(), button);
        }
        if (!screens.isEmpty()) {
            ((ToggleButton) navigation.getChildren().get(2)).fire();
        }

        Label connection = new Label();
        connection.setId("connectionStatus");
        connection.textProperty().bind(model.connectionProperty());
        model.connectionStateProperty().addListener((obs, was, now) -> style(connection, now));
        style(connection, model.connectionStateProperty().get());
        Label feed = new Label();
        feed.setId("feedStatus");
        feed.textProperty().bind(model.feedProperty());
        Label queueFeed = new Label();
        queueFeed.setId("queueFeedStatus");
        queueFeed.textProperty().bind(model.queueFeedProperty());
        Label feedProblem = new Label();
        feedProblem.setId("feedProblem");
        feedProblem.getStyleClass().add(Styles.WARNING);
        feedProblem.textProperty().bind(model.feedProblemProperty());
        feedProblem.managedProperty().bind(feedProblem.textProperty().isNotEmpty());
        Label token = new Label();
        token.setId("tokenStatus");
        token.textProperty().bind(model.tokenProperty());
        Label rate = new Label();
        rate.setId("rateStatus");
        rate.textProperty().bind(model.rateProperty());
        Hyperlink signIn = new Hyperlink("Sign in");
        signIn.setId("statusSignIn");
        signIn.visibleProperty().bind(model.signInOfferedProperty());
        signIn.managedProperty().bind(signIn.visibleProperty());
        signIn.setOnAction(e -> model.signIn());
        // No browser opened the sign-in page: its address, selectable for copying into one.
        TextField address = new TextField();
        address.setId("signInAddress");
        address.setEditable(false);
        address.setPrefColumnCount(40);
        address.textProperty().bind(model.signInAddressProperty());
        address.visibleProperty().bind(model.signInAddressProperty().isNotEmpty());
        address.managedProperty().bind(address.visibleProperty());
        address.setTooltip(new Tooltip("No browser could be opened: open this address in one to sign in"));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox firstLine = new HBox(18, connection, signIn, address, spring, token, rate);
        firstLine.setAlignment(Pos.CENTER_LEFT);
        HBox secondLine = new HBox(18, feed);
        HBox thirdLine = new HBox(18, queueFeed, feedProblem);
        VBox statusBar = new VBox(2, firstLine, secondLine, thirdLine);
        statusBar.setId("statusBar");
        statusBar.setPadding(new Insets(6, 12, 6, 12));
        statusBar.getStyleClass().add("status-bar");
        statusBar.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1 0 0 0;");

        VBox.setVgrow(content, Priority.ALWAYS);
        setLeft(navigation);
        setCenter(centerColumn);
        setBottom(statusBar);
        navigation.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 0 1 0 0;");

        shortcuts.add("Help", new KeyCodeCombination(KeyCode.F1), "Show or hide this sheet of shortcuts",
                this::toggleSheet);
        sceneProperty().addListener((o, was, scene) -> shortcuts.installIn(scene));

        // Not a Timeline: a running one keeps JavaFX pulsing 60 times a second, a fifth of a core at rest.
        statusPoll = new FxTicker("status-poll", Duration.ofSeconds(1), model::refresh);
    }

    private static Label badge(Screen screen) {
        Label badge = new Label();
        badge.setId("badge-" + screen.id());
        badge.getStyleClass().add("nav-badge");
        badge.setStyle("-fx-background-color: -color-danger-emphasis; -fx-text-fill: -color-fg-emphasis; "
                + "-fx-background-radius: 9; -fx-padding: 0 6 0 6; -fx-font-weight: bold;");
        badge.textProperty().bind(Bindings.createStringBinding(
                () -> String.valueOf(screen.badge().get()), screen.badge()));
        badge.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> screen.badge().get() > 0, screen.badge()));
        return badge;
    }

    private static void style(Label label, ConnectionStatus.State state) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
        label.getStyleClass().add(switch (state) {
            case CONNECTED -> Styles.SUCCESS;
            case FAILED -> Styles.DANGER;
            case CONNECTING -> Styles.WARNING;
        });
    }

    /**
     * Puts the toast area under the shown screen: it takes room in the layout while a toast shows, so it never
     * covers what the supervisor is working on and cannot end up outside the window.
     */
    public void showToastsIn(Node area) {
        centerColumn.getChildren().setAll(centerColumn.getChildren().get(0), area);
    }

    /** Adds a part under the screens' buttons, within reach from every screen (the saved views' menu). */
    public void addToNavigation(Node part) {
        navigation.getChildren().addAll(new Separator(), part);
    }

    /** Shows a screen as if its navigation button were pressed (a drill-down from another screen). */
    public void show(String screenId) {
        ToggleButton button = buttons.get(screenId);
        if (button == null) {
            throw new IllegalArgumentException("no screen " + screenId);
        }
        button.fire();
    }

    /**
     * Adds a button under the screens that opens something beside the window (the wallboard), with its shortcut.
     */
    public void addLauncher(String id, String title, KeyCombination keys, Runnable open) {
        if (navigation.getChildren().stream().noneMatch(node -> "launchers".equals(node.getId()))) {
            Separator separator = new Separator();
            separator.setId("launchers");
            navigation.getChildren().add(separator);
        }
        Button button = new Button(title);
        button.setId("open-" + id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().add(Styles.FLAT);
        button.setOnAction(e -> open.run());
        button.setTooltip(new Tooltip(title + " (" + keys.getDisplayText() + ")"));
        navigation.getChildren().add(button);
        shortcuts.add("Windows", keys, title, open);
    }

    /** The window's shortcuts: screens and other parts add theirs, and the sheet (F1) lists them all. */
    public Shortcuts shortcuts() {
        return shortcuts;
    }

    /** Shows a screen and puts the focus on its first field, as its shortcut does. */
    void showAndFocus(String screenId) {
        show(screenId);
        Node view = shown;
        // After the pulse that lays the screen out: before it, the control may not take the focus, or the scene
        // hands the focus on (to the navigation) when the screen left took the old focus owner with it.
        if (getScene() == null) {
            return;
        }
        int[] pulses = {0};
        OnPulse.until(getScene(), () -> {
            if (shown != view) {
                return true;
            }
            InitialFocus.in(view).ifPresent(Node::requestFocus);
            Node owner = getScene().getFocusOwner();
            return ++pulses[0] >= 3 || owner != null && isInside(owner, view);
        });
        Platform.requestNextPulse();
    }

    private static boolean isInside(Node node, Node view) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == view) {
                return true;
            }
        }
        return false;
    }

    /** True while the shortcut sheet shows. */
    public boolean sheetShown() {
        return sheet != null;
    }

    private void toggleSheet() {
        if (sheet != null) {
            closeSheet();
            return;
        }
        focusBeforeSheet = getScene() == null ? null : getScene().getFocusOwner();
        sheet = new ShortcutSheet(shortcuts.all());
        sheet.setFocusTraversable(true);
        sheet.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                closeSheet();
            }
        });
        StackPane.setAlignment(sheet, Pos.CENTER);
        content.getChildren().add(sheet);
        // Focused, so Esc reaches the sheet's own handler.
        sheet.requestFocus();
    }

    private void closeSheet() {
        if (sheet == null) {
            return;
        }
        content.getChildren().remove(sheet);
        sheet = null;
        if (focusBeforeSheet != null && focusBeforeSheet.getScene() == getScene()) {
            focusBeforeSheet.requestFocus();
        }
        focusBeforeSheet = null;
    }

    /** Deactivates the screen left and activates the one shown, so only a shown screen's timers run. */
    private void showing(Node view) {
        if (view == shown) {
            return;
        }
        if (shown instanceof ScreenLifecycle left) {
            left.deactivate();
        }
        shown = view;
        if (view instanceof ScreenLifecycle now) {
            now.activate();
        }
    }

    /** Stops the status poll and the shown screen's timers (the window is going away). */
    public void dispose() {
        statusPoll.close();
        if (shown instanceof ScreenLifecycle left) {
            left.deactivate();
        }
        shown = null;
    }
}
