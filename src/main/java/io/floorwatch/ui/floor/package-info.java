/**
 * The floor screen: every agent live, filtered, counted and coloured, with the work each handles against their
 * capacity, and the selected agent's interactions and day.
 */
package io.floorwatch.ui.floor;
