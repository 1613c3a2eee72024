package io.floorwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code floorwatch history}: the history's subcommands. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Read the history database.",
        subcommands = {HistoryExportCommand.class})
final class HistoryCommand implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: export");
    }
}
