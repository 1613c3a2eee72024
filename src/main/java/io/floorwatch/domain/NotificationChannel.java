package io.floorwatch.domain;

import java.time.Instant;

/** A Genesys notification channel: the socket to open and when the channel lapses unless renewed. */
public record NotificationChannel(String id, String connectUri, Instant expires) {
}
