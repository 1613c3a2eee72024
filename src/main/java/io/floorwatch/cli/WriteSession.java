package io.floorwatch.cli;

import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;

/**
 * A connection for commands that write to Genesys (provision, validate): the gateway, the history that keeps the
 * audit log, and who is acting. No feeds. The app provides it.
 */
public interface WriteSession extends AutoCloseable {
    /** What it is connected to, for people. */
    String target();

    GenesysGateway gateway();

    HistoryStore history();

    /** Who the audit log names: the signed-in OS user and the OAuth client. */
    String actor();

    /** Where notices of the writes go (the saved change webhook), or empty. */
    String changeWebhookUrl();

    @Override
    void close();
}
