/**
 * The queues screen: every queue's live metrics and priority score coloured against thresholds, trend charts
 * from history, and the drill-down to the floor filtered to a queue's members.
 */
package io.floorwatch.ui.queues;
