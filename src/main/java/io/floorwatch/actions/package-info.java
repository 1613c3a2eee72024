/**
 * Acting on agents: set a presence, log out, join or leave a queue, for one agent or many. A batch is planned
 * first (every agent with their state now and after, and those it would skip, with why), checked against the
 * reason rules, then run paced by the rate budget: before each chunk the agents' states are read again in bulk, an
 * agent whose state changed since the preview is skipped rather than overwritten, and every write is audited with
 * the person, before, after, reason, outcome and latency. A finished batch yields its undo (each agent back to what
 * it had), except a log out, which has none.
 */
package io.floorwatch.actions;
