package io.floorwatch.ui.settings;

import io.floorwatch.config.AlertSettings;
import io.floorwatch.config.NoticeSecret;
import io.floorwatch.config.NoticeSettings;
import io.floorwatch.outbound.ChangeNotices;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The change notices' part of the settings form: the webhook, the extra headers ("Name: value", one a line), the
 * signing secret (typed here, kept in the OS keychain, never shown again) and the last deliveries with their
 * outcome. Each field is checked with a message naming it.
 */
public final class NoticeSettingsForm {
    /** Where the form reads the secret's state and the deliveries from; {@link #NONE} in tests of other forms. */
    public record Sources(NoticeSecret secret, Supplier<List<ChangeNotices.Delivery>> deliveries) {
        public static final Sources NONE = new Sources(null, List::of);
    }

    /** One delivery as the list shows it. */
    public record DeliveryRow(Instant sent, String event, String about, boolean signed, String outcome) {
        static DeliveryRow of(ChangeNotices.Delivery delivery) {
            return new DeliveryRow(delivery.at(), delivery.event(), delivery.what(), delivery.signed(),
                    delivery.outcome());
        }
    }

    /** How many deliveries the list keeps. */
    public static final int KEPT = ChangeNotices.KEPT;

    private final Sources sources;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty headers = new SimpleStringProperty(this, "headers", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper(this, "urlError", "");
    private final ReadOnlyStringWrapper headersError = new ReadOnlyStringWrapper(this, "headersError", "");
    private final ReadOnlyStringWrapper signing = new ReadOnlyStringWrapper(this, "signing", "");
    private final ObservableList<DeliveryRow> deliveries = FXCollections.observableArrayList();
    private final BackgroundTask<String> reading;

    public NoticeSettingsForm(NoticeSettings current, Sources sources, TaskExecutor tasks) {
        this.sources = sources;
        this.reading = new BackgroundTask<>(tasks);
        url.set(current.changeWebhookUrl());
        StringBuilder lines = new StringBuilder();
        current.headers().forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        headers.set(lines.toString().strip());
    }

    public boolean validate() {
        urlError.set(AlertSettings.webhookProblem(url.get()).map(p -> "Change webhook: " + p + ".").orElse(""));
        headersError.set("");
        try {
            parsedHeaders();
        } catch (IllegalArgumentException e) {
            headersError.set(e.getMessage());
        }
        return urlError.get().isEmpty() && headersError.get().isEmpty();
    }

    /** The settings as the form holds them; call {@link #validate()} first. */
    public NoticeSettings settings() {
        return new NoticeSettings(url.get(), parsedHeaders());
    }

    private Map<String, String> parsedHeaders() {
        Map<String, String> parsed = new LinkedHashMap<>();
        String[] lines = (headers.get() == null ? "" : headers.get()).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("Extra headers, line " + (i + 1) + ": write 'Name: value', not '"
                        + line + "'.");
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            int number = i + 1;
            NoticeSettings.headerProblem(name, value).ifPresent(problem -> {
                throw new IllegalArgumentException("Extra headers, line " + number + ": " + problem + ".");
            });
            parsed.put(name, value);
        }
        return parsed;
    }

    /**
     * Keeps a typed secret in the keychain; off the FX thread (it is the keychain's IO), while saving. Nothing
     * typed keeps what is stored.
     */
    void storeTypedSecret(String typed) throws Exception {
        if (!typed.isEmpty() && sources.secret() != null) {
            sources.secret().store(typed);
        }
    }

    /** After a save: the typed secret is gone from the form; the state and deliveries are read again. */
    void saved() {
        secret.set("");
        refresh();
    }

    /** Reads whether notices are signed (the keychain: off the FX thread) and the last deliveries. */
    public void refresh() {
        deliveries.setAll(sources.deliveries().get().stream().map(DeliveryRow::of).toList());
        NoticeSecret keys = sources.secret();
        if (keys == null) {
            signing.set("");
            return;
        }
        reading.start(context -> keys.fromEnvironment()
                ? "Signed with " + NoticeSecret.ENVIRONMENT + " from the environment (it overrides the keychain)."
                : keys.read().isPresent() ? "Signed with the secret kept in the OS keychain. Type a new one to "
                        + "replace it." : "Not signed: type a secret the receiver shares, then Save.",
                signing::set, failure -> signing.set("The keychain cannot be read: " + failure.getMessage()));
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty headersProperty() {
        return headers;
    }

    /** What is typed as the new secret; empty keeps the stored one. */
    public StringProperty secretProperty() {
        return secret;
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headersErrorProperty() {
        return headersError.getReadOnlyProperty();
    }

    /** Whether notices go signed, and with what. */
    public ReadOnlyStringProperty signingProperty() {
        return signing.getReadOnlyProperty();
    }

    public ObservableList<DeliveryRow> deliveries() {
        return deliveries;
    }
}
