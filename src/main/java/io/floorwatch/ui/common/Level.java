package io.floorwatch.ui.common;

/**
 * How a row or a cell is tinted: fine, worth a look (warn), needing action (alert). Shared by the floor's agent
 * rows and the queue table, so one legend and one set of style classes serve both.
 */
public enum Level {
    OK,
    WARN,
    ALERT
}
