package io.floorwatch.ui.tuning;

/**
 * An agent the end of a time-box left alone because someone changed them during it: their skills before the box,
 * what the box set, and what they hold now, for the supervisor to decide.
 */
public record TimeBoxConflictRow(String agent, String before, String setByTimeBox, String now) {
}
