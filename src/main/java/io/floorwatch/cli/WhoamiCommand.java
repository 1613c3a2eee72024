package io.floorwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code floorwatch whoami}: who the kept sign-in belongs to, in which org, with which roles and permissions. */
@Command(name = "whoami", mixinStandardHelpOptions = true,
        description = {"Who the kept sign-in belongs to: name, email, user id, org, roles and permissions.",
            "Exit codes: 0 signed in, 2 not signed in (the message says how to sign in)."})
final class WhoamiCommand implements Callable<Integer> {
    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions options = new ConnectionOptions();

    WhoamiCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(root.context().accounts().whoami(LoginCommand.person(options, null)));
        return 0;
    }
}
