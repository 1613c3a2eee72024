/**
 * The wallboard: a window of its own for a TV across the room, full screen on a chosen monitor, with no editing
 * controls. Queue tiles coloured by each queue's thresholds, agent cards grouped by state or team with the ones
 * needing attention marked, pages that rotate when the floor is larger than the screen, and a ticker of the active
 * alerts; driven by the keyboard or a TV remote (arrows, Space, Enter). It reads only memory, once a second.
 */
package io.floorwatch.ui.wallboard;
