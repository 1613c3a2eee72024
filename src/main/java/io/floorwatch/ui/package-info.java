/**
 * The JavaFX user interface: one sub-package per screen, each a View (layout and bindings only) and a
 * ViewModel (state, commands, validation, calls into services), plus {@code ui.common} for what screens share.
 */
package io.floorwatch.ui;
