/**
 * Idle and state alerts: the rules that say when an agent has been in a state too long, the deadline queue that
 * raises an alert when its threshold passes (not on the next event), each alert's life (raised, acknowledged,
 * snoozed, cleared, reopened) kept in history, and where alerts go besides the screen (a sound, a
 * Slack-compatible webhook). Plain Java: the GUI and {@code floorwatch record} use it alike.
 */
package io.floorwatch.monitor;
