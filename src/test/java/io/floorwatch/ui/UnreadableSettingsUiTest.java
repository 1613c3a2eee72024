package io.floorwatch.ui;

import io.floorwatch.app.Composition;
import io.floorwatch.config.AppPaths;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A settings file the window cannot read is named in a message and set aside next to where it was, so that the
 * first save of Settings cannot overwrite what the supervisor had.
 */
@ExtendWith(ApplicationExtension.class)
class UnreadableSettingsUiTest {
    private static final String BROKEN = "{\"connection\": {\"mode\": \"GENESYS\", \"apiBaseUrl\": \"https://api.mypu";

    private Composition composition;
    private Path settingsFile;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws IOException {
        Path home = Files.createTempDirectory("floorwatch-unreadable-settings");
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        settingsFile = paths.settingsFile();
        Files.createDirectories(settingsFile.getParent());
        Files.writeString(settingsFile, BROKEN);
        composition = new Composition(paths, java.util.Map.of(), new InMemoryKeychain(), new FxTaskExecutor(), false,
                () -> EmulatorConfig.defaults().withFloor(new SimSettings(20, 2, 4, 2, 1.0)).withSimulation(false));
        stage.setScene(new Scene(composition.buildWindow(dialogs), 1100, 720));
        stage.show();
    }

    @AfterEach
    void stop() {
        composition.close();
    }

    @Test
    void theFileIsNamedSetAsideAndKeptWordForWord() throws IOException {
        List<Path> aside;
        try (Stream<Path> files = Files.list(settingsFile.getParent())) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("settings.json.unreadable-")).toList();
        }
        assertThat(aside).hasSize(1);
        assertThat(Files.readString(aside.get(0))).isEqualTo(BROKEN);
        assertThat(settingsFile).doesNotExist();
        assertThat(dialogs.shown).singleElement().asString().contains("Settings could not be read")
                .contains("The settings file " + settingsFile + " is not valid")
                .contains("set aside as " + aside.get(0)).contains("starts on the built-in demo");
    }
}
