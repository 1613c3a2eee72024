package io.floorwatch.ui;

import io.floorwatch.config.InteractionSettings;
import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.config.WallboardLayout;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueScore;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.ui.wallboard.WallboardSources;
import io.floorwatch.ui.wallboard.WallboardViewModel;
import io.floorwatch.ui.wallboard.WallboardWindow;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wallboard window, headless, as a kiosk shows it: full screen, its pages turning by themselves and by key,
 * no text smaller than the board's base size, and Esc not closing it.
 */
@ExtendWith(ApplicationExtension.class)
class WallboardUiTest {
    private final LiveState live = new LiveState();
    private final Instant now = Instant.now();
    private WallboardWindow window;
    private WallboardViewModel model;

    @Start
    void start(Stage stage) {
        List<AgentSnapshot> seed = new ArrayList<>();
        Map<String, List<String>> membership = new HashMap<>();
        for (int i = 0; i < 120; i++) {
            String id = "agent-" + i;
            RoutingStatus status = i == 7 ? RoutingStatus.NOT_RESPONDING : i % 3 == 0 ? RoutingStatus.IDLE
                    : RoutingStatus.INTERACTING;
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", i % 2 == 0 ? "North"
                    : "South"), new AgentState(id, SystemPresence.ON_QUEUE, null, now.minusSeconds(60 + i), status,
                    now.minusSeconds(60 + i)), List.of()));
            membership.put(id, List.of("Billing"));
        }
        live.reset(seed);
        live.setQueues(membership);
        RoutingQueue billing = new RoutingQueue("q-billing", QueueSettings.named("Billing"), 120, 120, null);
        live.setQueueDirectory(List.of(billing));
        List<QueueSample> samples = List.of(new QueueSample(new QueueSnapshot("q-billing", null, now, 95, 95.0, 3,
                0.02, 12, 100, 3, 80, 0.55, "test"), new QueueScore(0.8, 0.5, 0.2, 0.1)));
        model = new WallboardViewModel(new WallboardSources(live::all, live::queues, () -> samples, List::of,
                QueueThresholdSettings::none, InteractionSettings::defaults, Optional::empty, () -> ""),
                new WallboardLayout("Billing floor", WallboardLayout.GroupBy.STATE, WallboardLayout.Cards.ALL,
                        List.of(), List.of(), false, 5, 1), Clock.systemUTC(), ZoneId.systemDefault());
        window = new WallboardWindow(model, stage, true);
        window.show(WallboardWindow.screen(1));
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(5, TimeUnit.SECONDS);
    }

    @Test
    void pagesTurnByThemselvesAndByKeyAndPauseOnSpace(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.pageCountProperty().get() > 1);
        Label page = robot.lookup("#wallboardPage").queryAs(Label.class);
        assertThat(page.getText()).isEqualTo("Page 1 of " + model.pageCountProperty().get());
        List<String> first = cards(robot);
        assertThat(first).isNotEmpty();
        assertThat(first.get(0)).startsWith("Agent 7 | ").endsWith("| Not responding");

        // Five seconds a page (the layout's): the rotation turns it without a key.
        WaitForAsyncUtils.waitFor(9, TimeUnit.SECONDS, () -> model.pageProperty().get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getText()).startsWith("Page 2 of ");
        assertThat(cards(robot)).doesNotContainAnyElementsOf(first);

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.pageProperty().get()).isZero();
        assertThat(names(cards(robot))).as("back on the first page").isEqualTo(names(first));

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wallboardPaused").queryAs(Label.class).isVisible()).isTrue();
        Thread.sleep(6500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.pageProperty().get()).isZero();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).as("a kiosk's Esc does not close it").isTrue();
        assertThat(window.stage().isFullScreen()).isTrue();
    }

    @Test
    void noTextIsSmallerThanTheBaseSizeAndTheTileSaysItsGrade(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !cards(robot).isEmpty());
        double base = WaitForAsyncUtils.asyncFx(() -> window.view().baseSize()).get();
        List<String> small = new ArrayList<>();
        for (Node node : robot.lookup(".label").queryAll()) {
            if (node instanceof Label label && label.isVisible() && label.getScene() == window.stage().getScene()
                    && label.getFont().getSize() + 0.01 < base * 0.999) {
                small.add(label.getId() + " '" + label.getText() + "' " + label.getFont().getSize());
            }
        }
        assertThat(small).as("labels smaller than the base size %s", base).isEmpty();
        assertThat(base).isGreaterThanOrEqualTo(24 * window.stage().getHeight() / 1080 - 0.1);

        Node tile = robot.lookup("#wb-tile-q-billing").query();
        assertThat(tile.getStyleClass()).contains("wb-grade-RED");
        assertThat(robot.from(tile).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Billing", "12", "Longest 1:35  (red)", "SL 55 %  target 80 %  (red)",
                        "3 of 100 available");
    }

    private static List<String> names(List<String> cards) {
        return cards.stream().map(t -> t.substring(0, t.indexOf(" | "))).toList();
    }

    private List<String> cards(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                List<String> texts = new ArrayList<>();
                for (Node node : robot.lookup(".wb-card").queryAll()) {
                    if (node.isVisible()) {
                        texts.add(((javafx.scene.layout.VBox) node).getChildren().stream()
                                .map(n -> ((Label) n).getText()).reduce((a, b) -> a + " | " + b).orElse(""));
                    }
                }
                return texts;
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
