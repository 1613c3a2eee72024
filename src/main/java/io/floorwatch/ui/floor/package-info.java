/** The floor screen: every agent live, filtered, counted and coloured, with the selected agent's day. */
package io.floorwatch.ui.floor;
