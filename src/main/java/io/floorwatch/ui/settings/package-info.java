/** The settings screen: connection target, OAuth client and secret, theme; validated per field. */
package io.floorwatch.ui.settings;
