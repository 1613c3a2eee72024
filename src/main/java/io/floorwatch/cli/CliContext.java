package io.floorwatch.cli;

import io.floorwatch.config.AppPaths;

/**
 * What the headless commands need from the app: where files live and how to start a session, a collector, a
 * connection for writes (provisioning), a person's sign-in, or the wallboard's window.
 */
public record CliContext(AppPaths paths, HeadlessStarter sessions, CollectorStarter collectors, WriteStarter writes,
        Accounts accounts, WallboardLauncher wallboards) {
    public CliContext(AppPaths paths, HeadlessStarter sessions, CollectorStarter collectors, WriteStarter writes,
            Accounts accounts) {
        this(paths, sessions, collectors, writes, accounts, WallboardLauncher.NONE);
    }

    public CliContext(AppPaths paths, HeadlessStarter sessions, CollectorStarter collectors) {
        this(paths, sessions, collectors, (connection, db) -> {
            throw new IllegalStateException("this command line has no connection for writes");
        });
    }

    public CliContext(AppPaths paths, HeadlessStarter sessions, CollectorStarter collectors, WriteStarter writes) {
        this(paths, sessions, collectors, writes, Accounts.NONE);
    }
}
