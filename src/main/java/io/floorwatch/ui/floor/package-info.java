/**
 * The floor screen: every agent live, filtered, counted and coloured, with the work each handles against their
 * capacity and their adherence to their schedule, and the selected agent's interactions and day drawn against
 * their schedule.
 */
package io.floorwatch.ui.floor;
