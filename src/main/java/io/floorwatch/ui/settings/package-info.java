/**
 * The settings screen: the connection (target, OAuth client and secret), the feeds, the alert rules, the
 * interaction thresholds, the drift check, the change webhook and the theme, each part a form of its own validated
 * per field, saved together.
 */
package io.floorwatch.ui.settings;
