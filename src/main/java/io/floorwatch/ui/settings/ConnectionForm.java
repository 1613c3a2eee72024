package io.floorwatch.ui.settings;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.Secrets;
import io.floorwatch.domain.Region;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
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
import java.util.regex.Pattern;

/**
 * The connection part of the settings form: where to connect (demo, a region, or a custom URL), the OAuth client
 * and its secret (kept in the OS keychain or taken from the environment). Each field is validated with a message
 * that names it; whether a secret is already stored for the client is checked off the FX thread.
 */
public final class ConnectionForm {
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

    /** How the window signs in to a real org, as the form offers it. */
    public enum SignInChoice {
        PERSON(ConnectionSettings.SignIn.PERSON, "Sign in with Genesys Cloud (as yourself)"),
        SERVICE(ConnectionSettings.SignIn.CLIENT_CREDENTIALS, "Client credentials (service)");

        private final ConnectionSettings.SignIn setting;
        private final String label;

        SignInChoice(ConnectionSettings.SignIn setting, String label) {
            this.setting = setting;
            this.label = label;
        }

        static SignInChoice of(ConnectionSettings.SignIn setting) {
            return setting == ConnectionSettings.SignIn.PERSON ? PERSON : SERVICE;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Secrets secrets;
    private final ObservableList<Region> regions;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.DEMO);
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(this, "region");
    private final StringProperty customUrl = new SimpleStringProperty(this, "customUrl", "");
    private final StringProperty clientId = new SimpleStringProperty(this, "clientId", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ObjectProperty<SignInChoice> signIn = new SimpleObjectProperty<>(this, "signIn", SignInChoice.PERSON);
    private final StringProperty port = new SimpleStringProperty(this, "port",
            Integer.toString(ConnectionSettings.DEFAULT_REDIRECT_PORT));
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper(this, "portError", "");
    private final ReadOnlyStringWrapper regionError = new ReadOnlyStringWrapper(this, "regionError", "");
    private final ReadOnlyStringWrapper customUrlError = new ReadOnlyStringWrapper(this, "customUrlError", "");
    private final ReadOnlyStringWrapper clientIdError = new ReadOnlyStringWrapper(this, "clientIdError", "");
    private final ReadOnlyStringWrapper secretError = new ReadOnlyStringWrapper(this, "secretError", "");
    private final ReadOnlyStringWrapper secretHint = new ReadOnlyStringWrapper(this, "secretHint", "");
    /** Whether a secret is stored for the loaded client: one quick keychain read, nothing to cancel. */
    private final BackgroundTask<Boolean> checkingSecret;
    /** The client id whose secret is known to be stored. */
    private String storedSecretFor = "";

    ConnectionForm(ConnectionSettings connection, Secrets secrets, List<Region> regionList, TaskExecutor tasks) {
        this.secrets = secrets;
        this.regions = FXCollections.observableArrayList(regionList);
        this.checkingSecret = new BackgroundTask<>(tasks);
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
        // A new connection signs the person in; one saved before people signed in keeps its client credentials.
        signIn.set(connection.isDemo() ? SignInChoice.PERSON : SignInChoice.of(connection.signIn()));
        port.set(Integer.toString(connection.port()));
        secretHint.set("Kept in " + secrets.describe() + "; never written to the settings file.");
        String id = clientId.get();
        if (!id.isBlank() && !secrets.fromEnvironment()) {
            checkingSecret.start(context -> secrets.secret(id).isPresent(), present -> {
                if (present) {
                    storedSecretFor = id;
                    secretHint.set("A secret for this client is stored in " + secrets.describe()
                            + "; leave the field empty to keep it.");
                }
            }, failure -> secretHint.set("The stored secret could not be checked: " + failure.getMessage()));
        }
    }

    /** The fields whose edits clear the form's message. */
    List<Observable> fields() {
        return List.of(region, customUrl, clientId, secret, target, signIn, port);
    }

    /** The secret typed was stored for the client saved. */
    void secretStored(String forClient) {
        storedSecretFor = forClient;
        secret.set("");
    }

    /** The keychain refused the secret: said next to its field. */
    void secretRefused(String problem) {
        secretError.set("Client secret: " + problem);
    }

    /** Checks every connection field and sets its message; says whether all are valid. */
    boolean validate() {
        regionError.set("");
        customUrlError.set("");
        clientIdError.set("");
        secretError.set("");
        portError.set("");
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
        if (signIn.get() == SignInChoice.PERSON) {
            Optional<String> problem = portProblem(port.get());
            if (problem.isPresent()) {
                portError.set("Redirect port: " + problem.get());
                valid = false;
            }
            return valid;
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

    private static Optional<String> portProblem(String text) {
        String value = text == null ? "" : text.trim();
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return Optional.of("'" + value + "' is not a port number (1024 to 65535).");
        }
        if (number < 1024 || number > 65_535) {
            return Optional.of(number + " is outside 1024 to 65535 (lower ports need administrator rights).");
        }
        return Optional.empty();
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

    /** The connection as the fields say; call after {@link #validate} found nothing. */
    ConnectionSettings connection() {
        return switch (target.get()) {
            case DEMO -> ConnectionSettings.demo();
            case REGION -> new ConnectionSettings(ConnectionSettings.Mode.GENESYS, region.get().name(),
                    region.get().apiBaseUrl(), clientId.get().trim(), signIn.get().setting, redirectPort());
            case CUSTOM_URL -> new ConnectionSettings(ConnectionSettings.Mode.GENESYS, null,
                    stripSlash(customUrl.get().trim()), clientId.get().trim(), signIn.get().setting, redirectPort());
        };
    }

    /** The port to save: null for the default, and for a service connection (which has no redirect). */
    private Integer redirectPort() {
        if (signIn.get() != SignInChoice.PERSON) {
            return null;
        }
        int number = Integer.parseInt(port.get().trim());
        return number == ConnectionSettings.DEFAULT_REDIRECT_PORT ? null : number;
    }

    /** How the person signs in to a real org. */
    public ObjectProperty<SignInChoice> signInProperty() {
        return signIn;
    }

    /** The loopback port of the sign-in's redirect, as typed. */
    public StringProperty portProperty() {
        return port;
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return portError.getReadOnlyProperty();
    }

    /** The redirect URI an admin registers for the OAuth client, for the port typed. */
    public String redirectUriHint() {
        return "http://127.0.0.1:" + port.get().trim() + "/oauth/callback";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

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

    public ReadOnlyStringProperty secretHintProperty() {
        return secretHint.getReadOnlyProperty();
    }
}
