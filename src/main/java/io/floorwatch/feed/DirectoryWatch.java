package io.floorwatch.feed;

import io.floorwatch.domain.Agent;

import java.util.List;

/**
 * Told of the whole directory each time a collector of one share reads it (Genesys lists users by no team or
 * division, so every share's read is of everyone): a share group checks there, at no extra call, that its shares
 * cover the org once.
 */
@FunctionalInterface
public interface DirectoryWatch {
    DirectoryWatch NONE = everyone -> { };

    /** Every agent of the org, as one read listed them; called on the reading thread. */
    void read(List<Agent> everyone);
}
