package io.floorwatch.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code floorwatch demo}: the GUI on the embedded default, whatever connection is saved. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Open the window on the built-in demo (emulator and simulated contact center).")
final class DemoCommand implements Callable<Integer> {
    private final FloorwatchCommand root;

    DemoCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        root.gui().launch(true);
        return 0;
    }
}
