package io.floorwatch.cli;

/**
 * Opens the wallboard window for {@code floorwatch wallboard} and blocks until it closes. Provided by the app, so
 * the command line needs no JavaFX.
 */
@FunctionalInterface
public interface WallboardLauncher {
    /** A command line that opens no windows (tests of the headless commands). */
    WallboardLauncher NONE = request -> {
        throw new IllegalStateException("this command line opens no windows");
    };

    void launch(WallboardRequest request) throws Exception;
}
