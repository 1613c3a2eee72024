/**
 * The queues screen: every queue's live metrics and priority score coloured against thresholds, trend charts
 * from history, the drill-down to the floor filtered to a queue's members, and the occupancy report per queue and
 * agent and the adherence report per team and agent from history, with CSV export.
 */
package io.floorwatch.ui.queues;
