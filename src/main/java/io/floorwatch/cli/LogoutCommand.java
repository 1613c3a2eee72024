package io.floorwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code floorwatch logout}: revokes the kept sign-in at Genesys and removes it from the keychain. */
@Command(name = "logout", mixinStandardHelpOptions = true,
        description = "Sign out: Genesys revokes the token (DELETE /api/v2/tokens/me) and the OS keychain forgets "
                + "the sign-in. Without options: the saved connection.")
final class LogoutCommand implements Callable<Integer> {
    private final FloorwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions options = new ConnectionOptions();

    LogoutCommand(FloorwatchCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(root.context().accounts().logout(LoginCommand.person(options, null)));
        return 0;
    }
}
