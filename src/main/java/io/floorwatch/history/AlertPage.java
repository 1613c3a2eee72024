package io.floorwatch.history;

import io.floorwatch.domain.Alert;

import java.util.List;
import java.util.Optional;

/**
 * One page of past alerts, newest raised first.
 *
 * @param next where the following (older) page starts; empty on the last page
 */
public record AlertPage(List<Alert> alerts, Optional<Cursor> next) {
    /** Where a page ended: the next starts after this (raised, id), in descending order. */
    public record Cursor(long raised, String alertId) {
    }

    public AlertPage {
        alerts = List.copyOf(alerts);
    }
}
