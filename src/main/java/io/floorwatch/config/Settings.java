package io.floorwatch.config;

import io.floorwatch.domain.Theme;

import java.util.Objects;

/** Everything Floorwatch remembers between runs (never the client secret). */
public record Settings(ConnectionSettings connection, Theme theme, HistorySettings history, FeedSettings feeds,
        AlertSettings alerts, NoticeSettings notices, DriftSettings drift, ActionSettings actions,
        InteractionSettings interactions, QueueThresholdSettings queueThresholds, SavedViews views) {
    public Settings {
        views = views == null ? SavedViews.none() : views;
        queueThresholds = queueThresholds == null ? QueueThresholdSettings.none() : queueThresholds;
        interactions = interactions == null ? InteractionSettings.defaults() : interactions;
        Objects.requireNonNull(connection, "connection");
        theme = theme == null ? Theme.LIGHT : theme;
        history = history == null ? HistorySettings.defaults() : history;
        feeds = feeds == null ? FeedSettings.defaults() : feeds;
        alerts = alerts == null ? AlertSettings.defaults() : alerts;
        notices = notices == null ? NoticeSettings.none() : notices;
        drift = drift == null ? DriftSettings.defaults() : drift;
        actions = actions == null ? ActionSettings.defaults() : actions;
    }

    public Settings(ConnectionSettings connection, Theme theme, HistorySettings history, FeedSettings feeds,
            AlertSettings alerts, NoticeSettings notices, DriftSettings drift, ActionSettings actions,
            InteractionSettings interactions, QueueThresholdSettings queueThresholds) {
        this(connection, theme, history, feeds, alerts, notices, drift, actions, interactions, queueThresholds,
                SavedViews.none());
    }

    public Settings(ConnectionSettings connection, Theme theme, HistorySettings history, FeedSettings feeds,
            AlertSettings alerts, NoticeSettings notices, DriftSettings drift, ActionSettings actions,
            InteractionSettings interactions) {
        this(connection, theme, history, feeds, alerts, notices, drift, actions, interactions,
                QueueThresholdSettings.none());
    }

    public Settings(ConnectionSettings connection, Theme theme, HistorySettings history, FeedSettings feeds,
            AlertSettings alerts, NoticeSettings notices, DriftSettings drift, ActionSettings actions) {
        this(connection, theme, history, feeds, alerts, notices, drift, actions, InteractionSettings.defaults());
    }

    public Settings(ConnectionSettings connection, Theme theme, HistorySettings history, FeedSettings feeds) {
        this(connection, theme, history, feeds, AlertSettings.defaults(), NoticeSettings.none(),
                DriftSettings.defaults(), ActionSettings.defaults());
    }

    public Settings(ConnectionSettings connection, Theme theme) {
        this(connection, theme, HistorySettings.defaults(), FeedSettings.defaults());
    }

    public static Settings defaults() {
        return new Settings(ConnectionSettings.demo(), Theme.LIGHT);
    }

    public Settings withConnection(ConnectionSettings newConnection) {
        return new Settings(newConnection, theme, history, feeds, alerts, notices, drift, actions,
                interactions, queueThresholds, views);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(connection, newTheme, history, feeds, alerts, notices, drift, actions,
                interactions, queueThresholds, views);
    }

    public Settings withFeeds(FeedSettings newFeeds) {
        return new Settings(connection, theme, history, newFeeds, alerts, notices, drift, actions,
                interactions, queueThresholds, views);
    }

    public Settings withAlerts(AlertSettings newAlerts) {
        return new Settings(connection, theme, history, feeds, newAlerts, notices, drift, actions,
                interactions, queueThresholds, views);
    }

    public Settings withNotices(NoticeSettings newNotices) {
        return new Settings(connection, theme, history, feeds, alerts, newNotices, drift, actions,
                interactions, queueThresholds, views);
    }

    public Settings withDrift(DriftSettings newDrift) {
        return new Settings(connection, theme, history, feeds, alerts, notices, newDrift, actions,
                interactions, queueThresholds, views);
    }

    public Settings withActions(ActionSettings newActions) {
        return new Settings(connection, theme, history, feeds, alerts, notices, drift, newActions,
                interactions, queueThresholds, views);
    }

    public Settings withInteractions(InteractionSettings newInteractions) {
        return new Settings(connection, theme, history, feeds, alerts, notices, drift, actions, newInteractions,
                queueThresholds, views);
    }

    public Settings withQueueThresholds(QueueThresholdSettings newThresholds) {
        return new Settings(connection, theme, history, feeds, alerts, notices, drift, actions, interactions,
                newThresholds, views);
    }

    public Settings withViews(SavedViews newViews) {
        return new Settings(connection, theme, history, feeds, alerts, notices, drift, actions, interactions,
                queueThresholds, newViews);
    }
}
