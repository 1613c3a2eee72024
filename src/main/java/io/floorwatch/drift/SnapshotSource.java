package io.floorwatch.drift;

import io.floorwatch.genesys.Credentials;

import java.io.File;

/**
 * Where one side of a comparison comes from: a baseline saved in history, a snapshot file, the connected org, or
 * a second org read with credentials that are used once and not kept.
 */
public sealed interface SnapshotSource {
    /** The newest version of a baseline saved in history under this name. */
    record Saved(String name) implements SnapshotSource {
    }

    /** A snapshot file (Floorwatch's own format, as written by a baseline export). */
    record FromFile(File file) implements SnapshotSource {
    }

    /** The connected org, read now. */
    record Live() implements SnapshotSource {
    }

    /** A second org (another environment), read now with its own client. */
    record OtherOrg(Credentials credentials) implements SnapshotSource {
    }

    /** Whether reading this side needs the connected org (history and the live org sit behind the connection). */
    default boolean needsConnection() {
        return !(this instanceof FromFile);
    }
}
