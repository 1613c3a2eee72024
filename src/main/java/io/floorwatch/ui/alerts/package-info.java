/**
 * The alert center: the active alerts with acknowledge, snooze, note and "open agent", past alerts from history
 * with filters and export, the window's toast strip that announces new alerts, and the count the navigation badge
 * shows.
 */
package io.floorwatch.ui.alerts;
