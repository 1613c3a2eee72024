package io.floorwatch.ui.settings;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.DriftSettings;
import io.floorwatch.config.SavedViews;
import io.floorwatch.config.SecretStore;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.Region;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.Theme;
import io.floorwatch.genesys.ConnectionTester;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The settings form: the connection ({@link ConnectionForm}), the feeds, the alert rules, the interaction
 * thresholds, the queue thresholds, the drift check, the change webhook and the theme. Each part validates its fields with a message
 * that names the field; nothing is saved or sent while any field is invalid. Test signs in once; Save stores the
 * secret and the file together.
 */
public final class SettingsViewModel {
    /** What the sign-in buttons ask of the app: each returns at once; the status bar tells how it goes. */
    public interface SignInActions {
        /** Connect with these (just saved) settings, signing the person in through the browser. */
        void signIn(Settings settings);

        /** Revoke the person's token, forget the kept sign-in and disconnect. */
        void signOut(Settings settings);

        /** End a sign-in that waits for the browser. */
        void cancelSignIn();

        SignInActions NONE = new SignInActions() {
            @Override
            public void signIn(Settings settings) {
            }

            @Override
            public void signOut(Settings settings) {
            }

            @Override
            public void cancelSignIn() {
            }
        };
    }

    private final SettingsStore store;
    private final SignInActions signInActions;
    private final Command signIn;
    private final Command signOut;
    private final Command cancelSignIn;
    private final Secrets secrets;
    private final ConnectionTester tester;

    private final ConnectionForm connection;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    /** The connection test: one blocking sign-in with its own timeout, so it has no Cancel. */
    private final BackgroundTask<String> testing;
    /** Writing the keychain and the settings file: never stopped halfway, so it has no Cancel. */
    private final BackgroundTask<Settings> saving;
    /** Saving the watched baseline: one small file write, nothing to cancel. */
    private final BackgroundTask<Settings> watching;
    private final Command testConnection;
    private final Command save;
    private final FeedSettingsForm feeds;
    private final AlertSettingsForm alerts;
    private final DriftSettingsForm drift;
    private final ActionSettingsForm actions;
    private final InteractionSettingsForm interactions;
    private final QueueThresholdsForm queueThresholds;
    /**
     * What was saved last (or loaded): saving keeps what this form does not edit (history retention, the saved
     * views), and the drift screen's baseline choice and the saved views are saved on top of it.
     */
    private volatile Settings lastSaved;
    /** The same, for screens that follow a saved setting (the reason rule of acting on agents). */
    private final ReadOnlyObjectWrapper<Settings> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final Consumer<DriftSettings> onDriftWatched;
    private final NoticeSettingsForm notices;
    /** Writes the saved views, one at a time under {@link #viewWriteLock} (see {@link #saveViews}). */
    private final TaskExecutor viewWrites;
    private final Object viewWriteLock = new Object();

    public SettingsViewModel(SettingsStore store, Settings current, Secrets secrets, ConnectionTester tester,
            List<Region> regionList, TaskExecutor tasks, Consumer<Settings> onSaved) {
        this(store, current, secrets, tester, regionList, tasks, onSaved, drift -> { });
    }

    /** @param onDriftWatched told when the drift screen chose the watched baseline (no reconnect needed) */
    public SettingsViewModel(SettingsStore store, Settings current, Secrets secrets, ConnectionTester tester,
            List<Region> regionList, TaskExecutor tasks, Consumer<Settings> onSaved,
            Consumer<DriftSettings> onDriftWatched) {
        this(store, current, secrets, tester, regionList, tasks, onSaved, onDriftWatched, SignInActions.NONE);
    }

    /** @param signInActions what Sign in, Sign out and Cancel ask of the app */
    public SettingsViewModel(SettingsStore store, Settings current, Secrets secrets, ConnectionTester tester,
            List<Region> regionList, TaskExecutor tasks, Consumer<Settings> onSaved,
            Consumer<DriftSettings> onDriftWatched, SignInActions signInActions) {
        this(store, current, secrets, tester, regionList, tasks, onSaved, onDriftWatched, signInActions,
                NoticeSettingsForm.Sources.NONE);
    }

    /** @param noticeSources the change notices' signing secret and deliveries */
    public SettingsViewModel(SettingsStore store, Settings current, Secrets secrets, ConnectionTester tester,
            List<Region> regionList, TaskExecutor tasks, Consumer<Settings> onSaved,
            Consumer<DriftSettings> onDriftWatched, SignInActions signInActions,
            NoticeSettingsForm.Sources noticeSources) {
        this(store, current, secrets, tester, regionList, tasks, onSaved, onDriftWatched, signInActions,
                noticeSources, Map::of);
    }

    /** @param queueDirectory the org's queues by id (memory only), for the queue thresholds */
    public SettingsViewModel(SettingsStore store, Settings current, Secrets secrets, ConnectionTester tester,
            List<Region> regionList, TaskExecutor tasks, Consumer<Settings> onSaved,
            Consumer<DriftSettings> onDriftWatched, SignInActions signInActions,
            NoticeSettingsForm.Sources noticeSources, Supplier<Map<String, RoutingQueue>> queueDirectory) {
        this.queueThresholds = new QueueThresholdsForm(current.queueThresholds(), queueDirectory);
        this.notices = new NoticeSettingsForm(current.notices(), noticeSources, tasks);
        this.signInActions = signInActions;
        this.onDriftWatched = onDriftWatched;
        this.lastSaved = current;
        this.saved.set(current);
        this.store = store;
        this.secrets = secrets;
        this.tester = tester;
        this.connection = new ConnectionForm(current.connection(), secrets, regionList, tasks);
        this.testing = new BackgroundTask<>(tasks);
        this.saving = new BackgroundTask<>(tasks);
        this.watching = new BackgroundTask<>(tasks);
        // Test signs in with the client's secret; a person's connection is tested by signing in.
        this.testConnection = testing.command(this::runTest, Bindings.createBooleanBinding(
                () -> connection.targetProperty().get() != ConnectionForm.Target.DEMO
                        && connection.signInProperty().get() == ConnectionForm.SignInChoice.SERVICE,
                connection.targetProperty(), connection.signInProperty()));
        this.save = saving.command(() -> runSave(onSaved));
        BooleanBinding personSignsIn = Bindings.createBooleanBinding(
                () -> connection.targetProperty().get() != ConnectionForm.Target.DEMO
                        && connection.signInProperty().get() == ConnectionForm.SignInChoice.PERSON,
                connection.targetProperty(), connection.signInProperty());
        this.signIn = saving.command(() -> runSave(settings -> {
            showMessage("Saved. Signing in: finish in the browser window that opened. If Genesys shows an error "
                    + "there instead (a client id that is not a Code Authorization client with PKCE, or a redirect "
                    + "URI the client does not list), press Cancel sign-in and fix it here.", false);
            signInActions.signIn(settings);
        }), personSignsIn);
        this.signOut = new Command(() -> {
            signInActions.signOut(lastSaved);
            showMessage("Signing out: Genesys revokes the token and the keychain forgets the sign-in.", false);
        }, personSignsIn);
        this.cancelSignIn = new Command(signInActions::cancelSignIn, personSignsIn);
        this.viewWrites = tasks;
        this.feeds = new FeedSettingsForm(current.feeds());
        this.alerts = new AlertSettingsForm(current.alerts());
        this.drift = new DriftSettingsForm(current.drift());
        this.actions = new ActionSettingsForm(current.actions());
        this.interactions = new InteractionSettingsForm(current.interactions());
        theme.set(current.theme());
        connection.fields().forEach(field -> field.addListener(obs -> clearMessages()));
    }

    // ---- validation -------------------------------------------------------------------------------------

    /** Checks every field, sets each field's message, and says whether all are valid. */
    public boolean validate() {
        boolean feedsValid = feeds.validate(connection.targetProperty().get() == ConnectionForm.Target.DEMO);
        boolean alertsValid = alerts.validate() & drift.validate() & actions.validate() & notices.validate()
                & interactions.validate() & queueThresholds.validate();
        return connection.validate() && feedsValid && alertsValid;
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
        watching.start(context -> {
            store.save(next);
            return next;
        }, done -> {
            lastSaved = done;
            saved.set(done);
            onDriftWatched.accept(done.drift());
        }, failure -> showMessage("The watched baseline was not saved: " + failure.getMessage(), true));
    }

    /**
     * The saved views (the Views menu's), kept on top of the settings last saved, like the watched baseline. The
     * write runs off the FX thread; writes run one at a time, each of the newest settings, so a quick run of
     * switches ends with the last one in the file. A Save of this form keeps them.
     */
    public void saveViews(SavedViews views, Consumer<String> failed) {
        lastSaved = lastSaved.withViews(views);
        viewWrites.run(() -> {
            synchronized (viewWriteLock) {
                store.save(lastSaved);
            }
            return null;
        }, done -> { }, failure -> failed.accept(failure.getMessage()));
    }

    public DriftSettingsForm drift() {
        return drift;
    }

    public ActionSettingsForm actions() {
        return actions;
    }

    /** The interaction thresholds part of the form. */
    public InteractionSettingsForm interactions() {
        return interactions;
    }

    /** The queue thresholds part of the form. */
    public QueueThresholdsForm queueThresholds() {
        return queueThresholds;
    }

    // ---- commands ---------------------------------------------------------------------------------------

    private void runTest() {
        clearMessages();
        if (!connection.validate()) {
            showMessage("Fix the fields marked above, then test again.", true);
            return;
        }
        ConnectionSettings testing = connection.connection();
        String typed = connection.secretProperty().get();
        showMessage("Testing the connection to " + testing.label() + "...", false);
        this.testing.start(context -> {
            String secretToUse = typed.isEmpty() ? secrets.secret(testing.clientId()).orElse("") : typed;
            return tester.test(new Credentials(testing.apiBaseUrl(), testing.clientId(), secretToUse));
        }, org -> showMessage("Connected to " + org + ".", false),
                failure -> showMessage("Connection failed: " + describe(failure), true));
    }

    private void runSave(Consumer<Settings> afterSave) {
        clearMessages();
        if (!validate()) {
            showMessage("Settings not saved: fix the fields marked above.", true);
            return;
        }
        Settings next = lastSaved.withConnection(connection.connection()).withTheme(theme.get())
                .withFeeds(feeds.settings())
                .withAlerts(alerts.settings()).withNotices(notices.settings())
                .withDrift(drift.settings()).withActions(actions.settings())
                .withInteractions(interactions.settings()).withQueueThresholds(queueThresholds.settings());
        String typed = connection.secretProperty().get();
        String typedNoticeSecret = notices.secretProperty().get() == null ? "" : notices.secretProperty().get();
        saving.start(context -> {
            if (!next.connection().isDemo() && !typed.isEmpty()) {
                secrets.store(next.connection().clientId(), typed);
            }
            notices.storeTypedSecret(typedNoticeSecret);
            store.save(next);
            return next;
        }, done -> {
            notices.saved();
            if (!done.connection().isDemo() && !typed.isEmpty()) {
                connection.secretStored(done.connection().clientId());
            } else {
                connection.secretProperty().set("");
            }
            lastSaved = done;
            saved.set(done);
            showMessage("Saved. Connecting to " + done.connection().label() + ".", false);
            afterSave.accept(done);
        }, failure -> {
            if (failure instanceof SecretStore.SecretStoreException) {
                connection.secretRefused(failure.getMessage());
            }
            showMessage("Settings not saved: " + describe(failure), true);
        });
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

    /** What was saved last (or loaded): what the status bar's Sign in signs in with. */
    public ReadOnlyObjectProperty<Settings> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public Settings savedSettings() {
        return lastSaved;
    }

    /** The connection part of the form. */
    public ConnectionForm connection() {
        return connection;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** The feeds part of the form. */
    public FeedSettingsForm feeds() {
        return feeds;
    }

    public NoticeSettingsForm notices() {
        return notices;
    }

    /** The alerts part of the form. */
    public AlertSettingsForm alerts() {
        return alerts;
    }

    public Command testConnectionCommand() {
        return testConnection;
    }

    /** Saves, then signs the person in through the browser (a person's connection only). */
    public Command signInCommand() {
        return signIn;
    }

    public Command signOutCommand() {
        return signOut;
    }

    public Command cancelSignInCommand() {
        return cancelSignIn;
    }

    public Command saveCommand() {
        return save;
    }
}
