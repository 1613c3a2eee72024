package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A person's sign-in from the command line, provided by the app: {@code login} signs in through the browser (and
 * prints the address, for a terminal over SSH), {@code logout} revokes and forgets, {@code whoami} names who the
 * kept sign-in belongs to. Each throws with a message that names what went wrong.
 */
public interface Accounts {
    /**
     * @param connection the org and PKCE client ({@code --env}, {@code --client-id}), or the saved connection
     * @param say        told what the person must do (the address to open) while the sign-in waits
     * @return who signed in, in one line
     */
    String login(Optional<ConnectionSettings> connection, Consumer<String> say);

    /** @return what was done, in one line */
    String logout(Optional<ConnectionSettings> connection);

    /** @return who is signed in, their org, roles and permissions */
    String whoami(Optional<ConnectionSettings> connection);

    Accounts NONE = new Accounts() {
        @Override
        public String login(Optional<ConnectionSettings> connection, Consumer<String> say) {
            throw new IllegalStateException("this command line has no sign-in");
        }

        @Override
        public String logout(Optional<ConnectionSettings> connection) {
            throw new IllegalStateException("this command line has no sign-in");
        }

        @Override
        public String whoami(Optional<ConnectionSettings> connection) {
            throw new IllegalStateException("this command line has no sign-in");
        }
    };
}
