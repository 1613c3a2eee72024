package io.floorwatch.cli;

/** Starts the desktop GUI; blocks until the window closes. Provided by the app, so the CLI needs no JavaFX. */
@FunctionalInterface
public interface GuiLauncher {
    void launch(boolean forceDemo);
}
