/**
 * The skill tuning screen: agents and their skills, changes staged by hand (add, set, remove, for one agent or
 * many) or from recommendations, each validated with a message; a preview of every agent's before and after; and
 * the safe apply with progress, cancel and a result per agent.
 */
package io.floorwatch.ui.tuning;
