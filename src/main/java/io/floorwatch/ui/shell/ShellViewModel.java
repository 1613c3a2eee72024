package io.floorwatch.ui.shell;

import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.Person;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.RateLimitStatus;
import io.floorwatch.domain.TokenStatus;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The shell's state: the status bar's facts (connection, feed health and history queue, token, rate budget),
 * refreshed by polling the session, which holds them in memory (the poll does no IO).
 */
public final class ShellViewModel {
    private final Supplier<ConnectionStatus> status;
    private final Supplier<FeedHealth> feedHealth;
    private final IntSupplier historyQueue;
    private final Supplier<QueueFeedHealth> queueHealth;
    private final Supplier<String> alertProblem;
    private final Supplier<Optional<Person>> person;
    private final ReadOnlyObjectWrapper<Person> signedIn = new ReadOnlyObjectWrapper<>(this, "signedIn");
    private final ReadOnlyBooleanWrapper signInOffered = new ReadOnlyBooleanWrapper(this, "signInOffered");
    private final ReadOnlyStringWrapper signInAddress = new ReadOnlyStringWrapper(this, "signInAddress", "");
    private BooleanSupplier signInNeeded = () -> false;
    private Supplier<String> pendingAddress = () -> "";
    private Supplier<String> signInProblem = () -> "";
    private Runnable signIn = () -> { };
    private final ReadOnlyStringWrapper queueFeed = new ReadOnlyStringWrapper(this, "queueFeed", "");
    private final ReadOnlyStringWrapper feed = new ReadOnlyStringWrapper(this, "feed", "");
    private final ReadOnlyStringWrapper feedProblem = new ReadOnlyStringWrapper(this, "feedProblem", "");
    private final Clock clock;
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "");
    private final ReadOnlyObjectWrapper<ConnectionStatus.State> connectionState =
            new ReadOnlyObjectWrapper<>(this, "connectionState", ConnectionStatus.State.CONNECTING);
    private final ReadOnlyStringWrapper token = new ReadOnlyStringWrapper(this, "token", "");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper(this, "rate", "");

    public ShellViewModel(Supplier<ConnectionStatus> status, Supplier<FeedHealth> feedHealth,
            Supplier<QueueFeedHealth> queueHealth, IntSupplier historyQueue, Clock clock) {
        this(status, feedHealth, queueHealth, historyQueue, () -> "", clock);
    }

    /** @param alertProblem what keeps alerts from leaving the screen (a failing webhook, no audio device), or empty */
    public ShellViewModel(Supplier<ConnectionStatus> status, Supplier<FeedHealth> feedHealth,
            Supplier<QueueFeedHealth> queueHealth, IntSupplier historyQueue, Supplier<String> alertProblem,
            Clock clock) {
        this(status, feedHealth, queueHealth, historyQueue, alertProblem, Optional::empty, clock);
    }

    /** @param person who is signed in on the open connection (none with client credentials) */
    public ShellViewModel(Supplier<ConnectionStatus> status, Supplier<FeedHealth> feedHealth,
            Supplier<QueueFeedHealth> queueHealth, IntSupplier historyQueue, Supplier<String> alertProblem,
            Supplier<Optional<Person>> person, Clock clock) {
        this.person = person;
        this.alertProblem = alertProblem;
        this.status = status;
        this.feedHealth = feedHealth;
        this.queueHealth = queueHealth;
        this.historyQueue = historyQueue;
        this.clock = clock;
        refresh();
    }

    /** Pulls the current status; called by the view every second. */
    public void refresh() {
        ConnectionStatus now = status.get();
        connectionState.set(now.state());
        signInOffered.set(signInNeeded.getAsBoolean());
        signInAddress.set(pendingAddress.get());
        Person who = person.get().orElse(null);
        if (who == null ? signedIn.get() != null : !who.equals(signedIn.get())) {
            signedIn.set(who);
        }
        String target = now.target() == null || now.target().isEmpty() ? "..." : now.target();
        connection.set(switch (now.state()) {
            case CONNECTING -> "Connecting to " + target + "...";
            case CONNECTED -> "Connected: " + target + (now.message().isEmpty() ? "" : " (" + now.message() + ")");
            case FAILED -> "Not connected to " + target + ": " + now.message();
        });
        FeedHealth health = feedHealth.get();
        feed.set(feedText(health, historyQueue.getAsInt()));
        QueueFeedHealth queues = queueHealth.get();
        queueFeed.set(queueText(queues));
        feedProblem.set(join(join(join(health.problem(), queues.problem()), alertProblem.get()),
                signInProblem.get()));
        token.set(tokenText(now.token()));
        rate.set(rateText(now.rate()));
    }

    /**
     * Lets the status bar offer to sign in.
     *
     * @param needed  whether a sign-in is wanted now (none kept, signed out, or the sign-in has ended)
     * @param address the sign-in page's address when no browser could open it, or empty
     * @param action  starts a sign-in with the saved settings
     * @param problem why the last sign-in on the open connection failed, or empty
     */
    public void offerSignIn(BooleanSupplier needed, Supplier<String> address, Runnable action,
            Supplier<String> problem) {
        this.signInProblem = problem;
        this.signInNeeded = needed;
        this.pendingAddress = address;
        this.signIn = action;
        refresh();
    }

    public ReadOnlyBooleanProperty signInOfferedProperty() {
        return signInOffered.getReadOnlyProperty();
    }

    /** The sign-in page's address for copying, when no browser opened it (empty otherwise). */
    public ReadOnlyStringProperty signInAddressProperty() {
        return signInAddress.getReadOnlyProperty();
    }

    public void signIn() {
        signIn.run();
    }

    /** The person signed in on the open connection, or null: what the screens' permission checks follow. */
    public ReadOnlyObjectProperty<Person> signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    private String feedText(FeedHealth health, int queued) {
        if (health.channelsNeeded() == 0 && health.agents() == 0) {
            return "Feed: waiting";
        }
        String heartbeat = health.lastHeartbeat() == null ? "no heartbeat yet"
                : "heartbeat " + human(Duration.between(health.lastHeartbeat(), clock.instant())) + " ago";
        return String.format("%s: %,d agents · %d/%d channels · %,d topics · %.1f events/s · lag %d ms · %s · "
                + "%d reconnects · %d rejected · history queue %,d", health.source(), health.agents(),
                health.channelsOpen(), health.channelsNeeded(), health.topics(), health.eventsPerSecond(),
                health.lagMillis(), heartbeat, health.reconnects(), health.rejected(), queued);
    }

    private static String queueText(QueueFeedHealth health) {
        if (health.source().equals("none")) {
            return "Queue metrics: no source";
        }
        String lag = health.lag() < 0 ? "lag unknown" : String.format("lag %,d", health.lag());
        return String.format("Queue metrics: %s · %d queues · %,d samples · %s · %,d rejected", health.source(),
                health.queues(), health.records(), lag, health.rejected());
    }

    private static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + " · " + second;
    }

    private String tokenText(TokenStatus tokenStatus) {
        return switch (tokenStatus.state()) {
            case NONE -> "Token: none";
            case FAILED -> "Token: refused";
            case VALID -> "Token: valid for " + human(Duration.between(clock.instant(), tokenStatus.expiresAt()));
        };
    }

    private String rateText(RateLimitStatus rateStatus) {
        if (!rateStatus.known()) {
            return "Rate budget: not yet reported";
        }
        Instant now = clock.instant();
        long resetIn = Math.max(0, Duration.between(now, rateStatus.resetAt()).toSeconds());
        return "Rate budget: " + rateStatus.remaining() + "/" + rateStatus.allowed() + " left, resets in " + resetIn
                + " s";
    }

    private static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds >= 3600) {
            return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
        }
        if (seconds >= 60) {
            return (seconds / 60) + " min";
        }
        return seconds + " s";
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionStatus.State> connectionStateProperty() {
        return connectionState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedProperty() {
        return feed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queueFeedProperty() {
        return queueFeed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedProblemProperty() {
        return feedProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokenProperty() {
        return token.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }
}
