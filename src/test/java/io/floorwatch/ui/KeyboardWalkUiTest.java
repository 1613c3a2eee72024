package io.floorwatch.ui;

import io.floorwatch.app.Composition;
import io.floorwatch.config.AppPaths;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Exploration: the focus order. */
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkUiTest {
    private Composition composition;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Path home = Files.createTempDirectory("floorwatch-keys-ui");
        composition = new Composition(new AppPaths(home.resolve("config"), home.resolve("data")), Map.of(),
                new InMemoryKeychain(), new FxTaskExecutor(), true,
                () -> EmulatorConfig.defaults().withFloor(new SimSettings(40, 4, 8, 5, 1.0)));
        scene = new Scene(composition.buildWindow(new RecordingDialogs()), 1100, 720);
        stage.setScene(scene);
        stage.show();
        composition.start();
    }

    @AfterEach
    void stop() {
        composition.close();
    }

    private String focus() {
        Node owner = scene.getFocusOwner();
        return owner == null ? "none" : owner.getClass().getSimpleName() + "#" + owner.getId();
    }

    @Test
    void explore(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> composition.session().status().state()
                == ConnectionStatus.State.CONNECTED && composition.session().feedHealth().agents() > 0);
        for (String screen : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            robot.press(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + screen)).release(KeyCode.valueOf("DIGIT" + screen), KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            StringBuilder walk = new StringBuilder("screen " + screen + ": " + focus());
            for (int i = 0; i < 14; i++) {
                robot.press(KeyCode.TAB).release(KeyCode.TAB);
                WaitForAsyncUtils.waitForFxEvents();
                walk.append(" > ").append(focus());
            }
            System.out.println("WALK " + walk);
        }
    }
}
