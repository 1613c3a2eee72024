package io.floorwatch.config;

import io.floorwatch.domain.Theme;

import java.util.Objects;

/** Everything Floorwatch remembers between runs (never the client secret). */
public record Settings(ConnectionSettings connection, Theme theme, HistorySettings history, FeedSettings feeds,
        AlertSettings alerts, NoticeSettings notices) {
    public Settings {
        Objects.requireNonNull(connection, "connection");
        theme = theme == null ? Theme.LIGHT : theme;
        history = history == null ? HistorySettings.defaults() : history;
        feeds = feeds == null ? FeedSettings.defaults() : feeds;
        alerts = alerts == null ? AlertSettings.defaults() : alerts;
        notices = notices == null ? NoticeSettings.none() : notices;
    }

    public Settings(ConnectionSettings connection, Theme theme, HistorySettings history, FeedSettings feeds) {
        this(connection, theme, history, feeds, AlertSettings.defaults(), NoticeSettings.none());
    }

    public Settings(ConnectionSettings connection, Theme theme) {
        this(connection, theme, HistorySettings.defaults(), FeedSettings.defaults());
    }

    public static Settings defaults() {
        return new Settings(ConnectionSettings.demo(), Theme.LIGHT);
    }

    public Settings withConnection(ConnectionSettings newConnection) {
        return new Settings(newConnection, theme, history, feeds, alerts, notices);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(connection, newTheme, history, feeds, alerts, notices);
    }

    public Settings withFeeds(FeedSettings newFeeds) {
        return new Settings(connection, theme, history, newFeeds, alerts, notices);
    }

    public Settings withAlerts(AlertSettings newAlerts) {
        return new Settings(connection, theme, history, feeds, newAlerts, notices);
    }

    public Settings withNotices(NoticeSettings newNotices) {
        return new Settings(connection, theme, history, feeds, alerts, newNotices);
    }
}
