/**
 * Time-boxed skill changes: a skill plan applied for a window (now or at a time, for a duration or until a time)
 * and reverted at its end through the same safe apply, so an agent whose skills someone else changed meanwhile is
 * reported three ways (before the box, set by it, now) instead of overwritten. Boxes live in history, so a restart
 * resumes them and a step that fell due while nothing ran happens at the next start, saying how late it is; a
 * lease in history makes one runner at a time (the desktop, {@code floorwatch schedule run}, a collector) carry a
 * box out. Every step is audited and noticed. No JavaFX, no JDBC, no SDK: the runner reaches Genesys through a
 * {@link io.floorwatch.timebox.TimeBoxWorker} the caller builds on its connection.
 */
package io.floorwatch.timebox;
