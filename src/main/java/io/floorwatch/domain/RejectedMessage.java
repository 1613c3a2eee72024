package io.floorwatch.domain;

import java.time.Instant;

/** A message a feed could not use, kept with the reason so nobody has to guess later. */
public record RejectedMessage(Instant received, String source, String reason, String payload) {
}
