/**
 * Saved views: the floor's and the queues' filters, columns and sort under a name, switched from the Views menu and
 * by keyboard, the last one shown again at start, and shared with a team as a small JSON file. The screens take
 * part through {@link io.floorwatch.ui.common.ViewPart}; the views are kept in the settings.
 */
package io.floorwatch.ui.views;
