package io.floorwatch.ui;

import io.floorwatch.testkit.InMemoryKeychain;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.app.Composition;
import io.floorwatch.app.Connection;
import io.floorwatch.config.AlertSettings;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.SignInRobot;
import io.floorwatch.emulator.TestEmulators;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.settings.ConnectionForm;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signing in as a person from Settings, headless: the demo's supervisor first (the demo signs in through the same
 * flow), then a person of another org (an emulator of the test's own) through the browser; what their roles do
 * not permit is disabled and says which permission; sign-out forgets the kept sign-in.
 */
@ExtendWith(ApplicationExtension.class)
class SignInUiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final InMemoryKeychain keychain = new InMemoryKeychain();
    private final AtomicReference<Consumer<URI>> browser = new AtomicReference<>(uri -> {
        throw new AssertionError("no browser expected yet: " + uri);
    });
    private Composition composition;
    private Emulator org;
    private Path settingsFile;

    @Start
    void start(Stage stage) throws IOException {
        Path home = Files.createTempDirectory("floorwatch-sign-in-ui");
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        List<AlertRule> off = AlertRule.defaults().stream()
                .map(r -> new AlertRule(r.name(), r.condition(), r.thresholdSeconds(), r.teams(),
                        r.queues(), r.roles(), false, r.quiet())).toList();
        settingsFile = paths.settingsFile();
        new SettingsStore(settingsFile).save(Settings.defaults().withAlerts(AlertSettings.defaults().withRules(off)));
        org = new Emulator(TestEmulators.still(30)).start();
        composition = new Composition(paths, Map.of(), keychain, new FxTaskExecutor(), false,
                () -> EmulatorConfig.defaults().withFloor(new SimSettings(30, 4, 8, 5, 1.0)).withSimulation(false),
                uri -> browser.get().accept(uri));
        stage.setScene(new Scene(composition.buildWindow(new RecordingDialogs()), 1100, 720));
        stage.show();
        composition.start();
    }

    @AfterEach
    void stop() {
        composition.close();
        org.close();
    }

    private static String text(FxRobot robot, String id) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> found.add(robot.lookup(id).queryAs(Label.class).getText()));
        return found.get(0);
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(value));
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private EmAccount account(String role) {
        return org.org().accounts().stream().filter(a -> a.role().name().equals(role)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void enterPersonConnection(FxRobot robot, int port) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#targetCUSTOM_URL");
        type(robot, "#customUrl", org.baseUrl());
        type(robot, "#clientId", org.signInClientId());
        robot.interact(() -> robot.lookup("#signInChoice").queryAs(ChoiceBox.class)
                .setValue(ConnectionForm.SignInChoice.PERSON));
        type(robot, "#redirectPort", Integer.toString(port));
    }

    @Test
    void theDemoSignsItsSupervisorInAndAPersonSignsInThroughTheBrowserAndOut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#connectionStatus").contains("signed in as"));
        String demoSupervisor = composition.session().emulator().supervisorAccount().orElseThrow().name();
        assertThat(text(robot, "#connectionStatus")).contains("Connected: demo").contains("signed in as "
                + demoSupervisor);

        int port = freePort();
        enterPersonConnection(robot, port);
        assertThat(showing(robot.lookup("#redirectPort").query())).isTrue();
        assertThat(showing(robot.lookup("#secret").query())).as("a person's sign-in keeps no secret").isFalse();
        assertThat(robot.lookup("#testConnection").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#redirectHint")).contains("http://127.0.0.1:" + port + "/oauth/callback");

        EmAccount watcher = account("Supervisor (read only)");
        AtomicReference<URI> opened = new AtomicReference<>();
        browser.set(uri -> {
            opened.set(uri);
            new SignInRobot().signIn(uri, watcher.email(), watcher.password());
        });
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#connectionStatus").contains("signed in as " + watcher.name()));
        assertThat(opened.get().toString()).startsWith(org.baseUrl() + "/oauth/authorize?client_id="
                + org.signInClientId()).contains("code_challenge_method=S256").contains("state=");
        String kept = "sign-in " + org.signInClientId() + " " + org.baseUrl();
        assertThat(keychain.secrets).containsKey(kept);
        assertThat(Files.readString(settingsFile)).contains("\"signIn\" : \"PERSON\"")
                .doesNotContain(keychain.secrets.get(kept));

        // The read-only supervisor's roles grant no routing:skill:assign: Apply is held back and says why.
        robot.clickOn("#nav-tuning");
        WaitForAsyncUtils.waitForFxEvents();
        List<Object> apply = new ArrayList<>();
        robot.interact(() -> {
            apply.add(robot.lookup("#tuningApply").queryAs(Button.class).isDisabled());
            StackPane wrapper = robot.lookup("#tuningApplyPermission").queryAs(StackPane.class);
            apply.add(((Tooltip) wrapper.getProperties().get(Tooltip.class)).getText());
            apply.add(wrapper.getProperties().get("javafx.scene.control.Tooltip"));
        });
        assertThat(apply.get(0)).isEqualTo(true);
        assertThat((String) apply.get(1)).contains("routing:skill:assign").contains(watcher.name());
        assertThat(apply.get(2)).as("the tooltip is installed on the wrapper").isNotNull();

        robot.clickOn("#nav-settings");
        robot.clickOn("#signOut");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#connectionStatus").contains("Signed out"));
        assertThat(keychain.secrets).doesNotContainKey(kept);

        // Signed out, the status bar offers to sign in again, with the saved settings.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(robot.lookup("#statusSignIn").query()));
        EmAccount supervisor = account("Supervisor");
        browser.set(uri -> new SignInRobot().signIn(uri, supervisor.email(), supervisor.password()));
        robot.clickOn("#statusSignIn");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#connectionStatus").contains("signed in as " + supervisor.name()));
        assertThat(showing(robot.lookup("#statusSignIn").query())).isFalse();
    }

    /**
     * Genesys revokes every token of the person (an admin's DELETE /api/v2/tokens/{userId}): renewal is refused,
     * the status bar offers to sign in, and signing in again goes on on the same connection.
     */
    @Test
    void aSignInThatEndsIsOfferedAgainAndTheConnectionGoesOn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#connectionStatus").contains("Connected"));
        enterPersonConnection(robot, freePort());
        EmAccount supervisor = account("Supervisor");
        browser.set(uri -> new SignInRobot().signIn(uri, supervisor.email(), supervisor.password()));
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#connectionStatus").contains("signed in as " + supervisor.name()));
        Connection connection = composition.session().connection();

        HttpResponse<String> revoked = HTTP.send(HttpRequest.newBuilder(URI.create(org.baseUrl() + "/api/v2/tokens/"
                + supervisor.userId())).DELETE().header("Authorization", "Bearer " + serviceToken()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> composition.session().gateway().identity().me())
                .isInstanceOf(GenesysException.class).hasMessageContaining("sign in again");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(robot.lookup("#statusSignIn").query()));

        robot.clickOn("#statusSignIn");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !showing(robot.lookup("#statusSignIn").query()));
        assertThat(composition.session().connection()).as("the same connection goes on").isSameAs(connection);
        assertThat(composition.session().gateway().identity().me().userId()).isEqualTo(supervisor.userId());
    }

    /** A client-credentials token of the org's service client, as an admin's tool would hold. */
    private String serviceToken() throws Exception {
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(org.baseUrl() + "/oauth/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "demo:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(token.body()).path("access_token").asText();
    }

    @Test
    void aBadRedirectPortIsNamedAndNothingIsSaved(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#connectionStatus").contains("Connected"));
        String before = Files.readString(settingsFile);
        enterPersonConnection(robot, 80);
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#redirectPortError")).startsWith("Redirect port:").contains("1024");
        type(robot, "#redirectPort", "port");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#redirectPortError")).contains("'port' is not a port number");
        assertThat(Files.readString(settingsFile)).isEqualTo(before);
    }

    @Test
    void aSignInDeclinedInTheBrowserSaysSoAndKeepsNothing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#connectionStatus").contains("Connected"));
        enterPersonConnection(robot, freePort());
        browser.set(uri -> new SignInRobot().decline(uri));
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#connectionStatus").contains("declined"));
        assertThat(text(robot, "#connectionStatus")).startsWith("Not connected");
        assertThat(keychain.secrets.keySet()).noneMatch(k -> k.startsWith("sign-in "));
    }
}
