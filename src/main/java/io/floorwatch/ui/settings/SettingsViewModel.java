package io.floorwatch.ui.settings;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.NoticeSettings;
import io.floorwatch.config.SecretStore;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.Theme;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.Region;
import io.floorwatch.genesys.ConnectionTester;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The settings form: where to connect (demo, a region, or a custom URL), the OAuth client, the secret (kept in
 * the OS keychain or taken from the environment), and the theme. Each field is validated here with a message
 * that names it; nothing is saved or sent while any field is invalid.
 */
public final class SettingsViewModel {
    /** Where the app connects. */
    public enum Target {
        DEMO("Demo (built-in emulator)"),
        REGION("Genesys Cloud region"),
        CUSTOM_URL("Custom API URL");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final SettingsStore store;
    private final Secrets secrets;
    private final ConnectionTester tester;
    private final TaskExecutor tasks;
    private final Consumer<Settings> onSaved;

    private final ObservableList<Region> regions;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.DEMO);
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(this, "region");
    private final StringProperty customUrl = new SimpleStringProperty(this, "customUrl", "");
    private final StringProperty clientId = new SimpleStringProperty(this, "clientId", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ReadOnlyStringWrapper regionError = new ReadOnlyStringWrapper(this, "regionError", "");
    private final ReadOnlyStringWrapper customUrlError = new ReadOnlyStringWrapper(this, "customUrlError", "");
    private final ReadOnlyStringWrapper clientIdError = new ReadOnlyStringWrapper(this, "clientIdError", "");
    private final ReadOnlyStringWrapper secretError = new ReadOnlyStringWrapper(this, "secretError", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ReadOnlyStringWrapper secretHint = new ReadOnlyStringWrapper(this, "secretHint", "");
    /** The client id whose secret is known to be stored (checked off the FX thread). */
    private volatile String storedSecretFor = "";
    /** The connection test: one blocking sign-in with its own timeout, so it has no Cancel. */
    private final BackgroundTask<String> testing;
    /** Writing the keychain and the settings file: never stopped halfway, so it has no Cancel. */
    private final BackgroundTask<Settings> saving;
    private final Command testConnection;
    private final Command save;
    private final FeedSettingsForm feeds;
    private final StringProperty changeWebhook = new SimpleStringProperty(this, "changeWebhook", "");
    private final ReadOnlyStringWrapper changeWebhookError = new ReadOnlyStringWrapper(this, "changeWebhookError", "");
    private final AlertSettingsForm alerts;
    private final DriftSettingsForm drift;
    /** What was loaded: saving keeps what this form does not edit (history retention). */
    private final Settings loaded;
    /** What was saved last (or loaded): the drift screen's baseline choice is saved on top of it. */
    private volatile Settings lastSaved;
    private final Consumer<io.floorwatch.config.DriftSettings> onDriftWatched;

    public SettingsViewModel(SettingsStore store, Settings current, Secrets secrets, ConnectionTester tester,
            List<Region> regionList, TaskExecutor tasks, Consumer<Settings> onSaved) {
        this(store, current, secrets, tester, regionList, tasks, onSaved, drift -> { });
    }

    /** @param onDriftWatched told when the drift screen chose the watched baseline (no reconnect needed) */
    public SettingsViewModel(SettingsStore store, Settings current, Secrets secrets, ConnectionTester tester,
            List<Region> regionList, TaskExecutor tasks, Consumer<Settings> onSaved,
            Consumer<io.floorwatch.config.DriftSettings> onDriftWatched) {
        this.onDriftWatched = onDriftWatched;
        this.lastSaved = current;
        this.store = store;
        this.secrets = secrets;
        this.tester = tester;
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.regions = FXCollections.observableArrayList(regionList);
        this.testing = new BackgroundTask<>(tasks);
        this.saving = new BackgroundTask<>(tasks);
        this.testConnection = testing.command(this::runTest, Bindings.createBooleanBinding(
                () -> target.get() != Target.DEMO, target));
        this.save = saving.command(this::runSave);
        this.loaded = current;
        this.feeds = new FeedSettingsForm(current.feeds());
        this.alerts = new AlertSettingsForm(current.alerts());
        this.drift = new DriftSettingsForm(current.drift());
        this.changeWebhook.set(current.notices().changeWebhookUrl());
        load(current);
        List<javafx.beans.Observable> fields = List.of(region, customUrl, clientId, secret, target);
        fields.forEach(field -> field.addListener(obs -> clearMessages()));
    }

    private void load(Settings settings) {
        ConnectionSettings connection = settings.connection();
        theme.set(settings.theme());
        if (connection.isDemo()) {
            target.set(Target.DEMO);
        } else if (connection.regionName() != null) {
            target.set(Target.REGION);
            region.set(regions.stream().filter(r -> r.name().equals(connection.regionName())).findFirst().orElse(null));
        } else {
            target.set(Target.CUSTOM_URL);
            customUrl.set(connection.apiBaseUrl() == null ? "" : connection.apiBaseUrl());
        }
        clientId.set(connection.clientId() == null ? "" : connection.clientId());
        secretHint.set("Kept in " + secrets.describe() + "; never written to the settings file.");
        String id = clientId.get();
        if (!id.isBlank() && !secrets.fromEnvironment()) {
            tasks.run(() -> secrets.secret(id).isPresent(), present -> {
                if (present) {
                    storedSecretFor = id;
                    secretHint.set("A secret for this client is stored in " + secrets.describe()
                            + "; leave the field empty to keep it.");
                }
            }, failure -> secretHint.set("The stored secret could not be checked: " + failure.getMessage()));
        }
    }

    // ---- validation -------------------------------------------------------------------------------------

    /** Checks every field, sets each field's message, and says whether all are valid. */
    public boolean validate() {
        boolean feedsValid = feeds.validate(target.get() == Target.DEMO);
        boolean alertsValid = alerts.validate() & drift.validate();
        changeWebhookError.set(AlertSettings.webhookProblem(changeWebhook.get()).map(p -> "Change webhook: " + p
                + ".").orElse(""));
        return validateConnection() && feedsValid && alertsValid && changeWebhookError.get().isEmpty();
    }

    /**
     * The drift screen's "watch this baseline": saves only that choice on top of the settings last saved (edits
     * not yet saved in this form stay unsaved, and the connection is not reopened).
     */
    public void watchBaseline(String name) {
        String chosen = name == null ? "" : name;
        Settings base = lastSaved;
        Settings next = base.withDrift(base.drift().withBaseline(chosen));
        drift.baselineProperty().set(chosen);
        tasks.run(() -> {
            store.save(next);
            return next;
        }, done -> {
            lastSaved = done;
            onDriftWatched.accept(done.drift());
        }, failure -> showMessage("The watched baseline was not saved: " + failure.getMessage(), true));
    }

    public DriftSettingsForm drift() {
        return drift;
    }

    private boolean validateConnection() {
        regionError.set("");
        customUrlError.set("");
        clientIdError.set("");
        secretError.set("");
        if (target.get() == Target.DEMO) {
            return true;
        }
        boolean valid = true;
        if (target.get() == Target.REGION && region.get() == null) {
            regionError.set("Region: choose the region your org lives in.");
            valid = false;
        }
        if (target.get() == Target.CUSTOM_URL) {
            Optional<String> problem = urlProblem(customUrl.get());
            if (problem.isPresent()) {
                customUrlError.set("API URL: " + problem.get());
                valid = false;
            }
        }
        String id = clientId.get() == null ? "" : clientId.get().trim();
        if (id.isEmpty()) {
            clientIdError.set("Client ID: required (the OAuth client's id, from Admin > OAuth).");
            valid = false;
        } else if (id.chars().anyMatch(Character::isWhitespace)) {
            clientIdError.set("Client ID: must not contain spaces.");
            valid = false;
        } else if (target.get() == Target.REGION && !UUID.matcher(id).matches()) {
            clientIdError.set("Client ID: a Genesys Cloud client id is a UUID (8-4-4-4-12 hex digits).");
            valid = false;
        }
        String s = secret.get() == null ? "" : secret.get();
        if (s.isEmpty() && !secrets.fromEnvironment() && (id.isEmpty() || !id.equals(storedSecretFor))) {
            secretError.set("Client secret: required (or set FLOORWATCH_CLIENT_SECRET before starting).");
            valid = false;
        } else if (!s.isEmpty() && !s.equals(s.strip())) {
            secretError.set("Client secret: remove the spaces at the start or end.");
            valid = false;
        }
        return valid;
    }

    private static Optional<String> urlProblem(String text) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return Optional.of("required, for example https://api.mypurecloud.com");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.of("'" + value + "' is not a valid URL (" + e.getReason() + ").");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.of("'" + value + "' is not an http(s) URL with a host.");
        }
        boolean loopback = uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost")
                || uri.getHost().equals("[::1]");
        if (scheme.equals("http") && !loopback) {
            return Optional.of("use https; plain http is only for an emulator on this machine.");
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            return Optional.of("give the base URL only, without a path (not " + uri.getPath() + ").");
        }
        return Optional.empty();
    }

    // ---- commands ---------------------------------------------------------------------------------------

    private void runTest() {
        clearMessages();
        if (!validateConnection()) {
            showMessage("Fix the fields marked above, then test again.", true);
            return;
        }
        ConnectionSettings connection = connection();
        String typed = secret.get();
        showMessage("Testing the connection to " + connection.label() + "...", false);
        testing.start(context -> {
            String secretToUse = typed.isEmpty() ? secrets.secret(connection.clientId()).orElse("") : typed;
            return tester.test(new Credentials(connection.apiBaseUrl(), connection.clientId(), secretToUse));
        }, org -> showMessage("Connected to " + org + ".", false),
                failure -> showMessage("Connection failed: " + describe(failure), true));
    }

    private void runSave() {
        clearMessages();
        if (!validate()) {
            showMessage("Settings not saved: fix the fields marked above.", true);
            return;
        }
        Settings next = loaded.withConnection(connection()).withTheme(theme.get()).withFeeds(feeds.settings())
                .withAlerts(alerts.settings()).withNotices(new NoticeSettings(changeWebhook.get()))
                .withDrift(drift.settings());
        String typed = secret.get();
        saving.start(context -> {
            if (!next.connection().isDemo() && !typed.isEmpty()) {
                secrets.store(next.connection().clientId(), typed);
            }
            store.save(next);
            return next;
        }, done -> {
            secret.set("");
            if (!done.connection().isDemo()) {
                storedSecretFor = typed.isEmpty() ? storedSecretFor : done.connection().clientId();
            }
            lastSaved = done;
            showMessage("Saved. Connecting to " + done.connection().label() + ".", false);
            onSaved.accept(done);
        }, failure -> {
            if (failure instanceof SecretStore.SecretStoreException) {
                secretError.set("Client secret: " + failure.getMessage());
            }
            showMessage("Settings not saved: " + describe(failure), true);
        });
    }

    private ConnectionSettings connection() {
        return switch (target.get()) {
            case DEMO -> ConnectionSettings.demo();
            case REGION -> new ConnectionSettings(ConnectionSettings.Mode.GENESYS, region.get().name(),
                    region.get().apiBaseUrl(), clientId.get().trim());
            case CUSTOM_URL -> new ConnectionSettings(ConnectionSettings.Mode.GENESYS, null,
                    stripSlash(customUrl.get().trim()), clientId.get().trim());
        };
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String describe(Throwable failure) {
        return failure instanceof GenesysException g ? g.describe() : failure.getMessage();
    }

    private void showMessage(String text, boolean error) {
        messageIsError.set(error);
        message.set(text);
    }

    private void clearMessages() {
        message.set("");
    }

    // ---- properties -------------------------------------------------------------------------------------

    public ObservableList<Region> regions() {
        return regions;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public StringProperty customUrlProperty() {
        return customUrl;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty regionErrorProperty() {
        return regionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty customUrlErrorProperty() {
        return customUrlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clientIdErrorProperty() {
        return clientIdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secretErrorProperty() {
        return secretError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secretHintProperty() {
        return secretHint.getReadOnlyProperty();
    }

    /** The feeds part of the form. */
    public FeedSettingsForm feeds() {
        return feeds;
    }

    public StringProperty changeWebhookProperty() {
        return changeWebhook;
    }

    public ReadOnlyStringProperty changeWebhookErrorProperty() {
        return changeWebhookError.getReadOnlyProperty();
    }

    /** The alerts part of the form. */
    public AlertSettingsForm alerts() {
        return alerts;
    }

    public Command testConnectionCommand() {
        return testConnection;
    }

    public Command saveCommand() {
        return save;
    }
}
