/**
 * Idle, state, interaction and adherence alerts: the rules that say when an agent has been in a state too long
 * (held back while the state is what their schedule says), on an interaction too long or out of adherence too
 * long, the deadline queue that raises an alert when its threshold passes (not on the next event), each alert's
 * life (raised, acknowledged, snoozed, cleared, reopened) kept in history, and where alerts go besides the screen (a sound, a
 * Slack-compatible webhook). Plain Java: the GUI and {@code floorwatch record} use it alike.
 */
package io.floorwatch.monitor;
