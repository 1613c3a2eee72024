package io.floorwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.concurrent.Callable;

/** {@code floorwatch}: the GUI by default, and the headless commands. */
@Command(name = "floorwatch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Supervisor console for Genesys Cloud contact centers. With no command, opens the window "
                + "(on the built-in demo when no connection is saved).",
        subcommands = {DemoCommand.class, EmulatorCommand.class, RecordCommand.class, CollectCommand.class,
            HistoryCommand.class, ProvisionCommand.class, ValidateCommand.class, SkillsCommand.class,
            DriftCommand.class, AgentsCommand.class, LoginCommand.class, LogoutCommand.class, WhoamiCommand.class,
            WallboardCommand.class, ScheduleCommand.class})
public final class FloorwatchCommand implements Callable<Integer> {
    private final GuiLauncher gui;
    private final StopSignal stop;
    private final CliContext context;

    public FloorwatchCommand(GuiLauncher gui, StopSignal stop, CliContext context) {
        this.gui = gui;
        this.stop = stop;
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    GuiLauncher gui() {
        return gui;
    }

    StopSignal stop() {
        return stop;
    }

    @Override
    public Integer call() {
        gui.launch(false);
        return 0;
    }

    /** The command line with Floorwatch's exit codes: a failed command exits 2 with its message, not a trace. */
    public static CommandLine commandLine(GuiLauncher gui, StopSignal stop, CliContext context) {
        FloorwatchCommand root = new FloorwatchCommand(gui, stop, context);
        CommandLine commandLine = new CommandLine(root, new CommandLine.IFactory() {
            /** A command that needs the root (its context, the GUI, the stop signal) takes it in its constructor. */
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    Constructor<K> withRoot = type.getDeclaredConstructor(FloorwatchCommand.class);
                    return withRoot.newInstance(root);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        });
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("floorwatch: " + (error.getMessage() == null ? error.toString() : error.getMessage()));
            err.flush();
            return 2;
        });
        return commandLine;
    }
}
