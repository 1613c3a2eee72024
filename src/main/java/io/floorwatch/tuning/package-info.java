/**
 * Skill tuning: plans of agents' routing skills (what the supervisor saw, what they want), checked against the
 * capacity rules before anything is sent, and applied safely: only the delta is written (PATCH bulk of at most
 * 50, DELETE per removal), paced by the rate budget, a change made by someone else since the preview is reported
 * as a conflict instead of overwritten, a 409 is re-read and retried a bounded number of times, and what Genesys
 * holds afterwards is read back and compared. Every write is audited. Before a plan is applied, a what-if projection
 * ({@link io.floorwatch.tuning.WhatIf}, Erlang C) gives each touched queue's service level and ASA now and after,
 * and after a time-box what was measured against it.
 */
package io.floorwatch.tuning;
