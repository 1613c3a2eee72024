package io.floorwatch.cli;

import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.outbound.ChangeNotices;

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

    /**
     * A sender of change notices to the saved change webhook (signed with the notice secret, with the saved extra
     * headers); a new one each call, closed by the caller. With no webhook saved it sends nothing.
     */
    ChangeNotices changeNotices();

    @Override
    void close();
}
