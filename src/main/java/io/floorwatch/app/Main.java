package io.floorwatch.app;

import io.floorwatch.cli.CliContext;
import io.floorwatch.cli.FloorwatchCommand;
import io.floorwatch.cli.GuiLauncher;
import io.floorwatch.cli.StopSignal;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.KeyringSecretStore;

/**
 * The entry point. Not a JavaFX {@code Application} itself, so the app runs from the class path without the
 * "JavaFX runtime components are missing" check; the GUI is opened with no arguments, or when a command asks.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("floorwatch.logdir") == null) {
            System.setProperty("floorwatch.logdir", AppPaths.forCurrentUser().logDir().toString());
        }
        StopSignal stop = new StopSignal();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.release();
            try {
                stop.awaitDone(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown"));
        GuiLauncher gui = forceDemo -> {
            // The window closes its own services (and has its own shutdown hook); nothing here to wait for.
            stop.done();
            try {
                FloorwatchApp.run(forceDemo);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        if (args.length == 0) {
            // The window, as the README's command and the installer's launcher open it: no command line to build
            // (its reflection costs a third of a second of the cold start).
            gui.launch(false);
            System.exit(0);
        }
        AppPaths paths = AppPaths.forCurrentUser();
        CliContext context = new CliContext(paths, (connection, overrides, db) -> HeadlessRuntime.start(paths,
                System.getenv(), new KeyringSecretStore(), connection, overrides, db, Composition.demo()),
                (connection, overrides, db, setup) -> HeadlessRuntime.collect(paths, System.getenv(),
                        new KeyringSecretStore(), connection, overrides, db, Composition.demo(), setup),
                (connection, db) -> WriteRuntime.open(paths, System.getenv(), new KeyringSecretStore(), connection, db,
                        Composition.demo()), AccountsRuntime.standard(paths, new KeyringSecretStore()),
                request -> WallboardKiosk.run(request, paths, System.getenv(), new KeyringSecretStore(),
                        Composition.demo(), stop));
        int code = FloorwatchCommand.commandLine(gui, stop, context).execute(args);
        stop.done(); // the command has returned, so it has closed what it opened: the hook need not wait
        System.exit(code);
    }
}
