/**
 * The skill tuning screen: agents and their skills, changes staged by hand (add, set, remove, for one agent or
 * many) or from recommendations, each validated with a message; a preview of every agent's before and after; and
 * the safe apply with progress, cancel and a result per agent. Beside Apply, how long the change lasts: until
 * changed, or as a time-box (for a length or until a time, now or at a time) that puts each agent back at its end;
 * the Time-boxes tab lists the open connection's boxes with Cancel, End now and what each did to each agent.
 */
package io.floorwatch.ui.tuning;
