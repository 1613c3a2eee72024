package io.floorwatch.cli;

import io.floorwatch.config.AppPaths;

/** What the headless commands need from the app: where files live and how to start a session or a collector. */
public record CliContext(AppPaths paths, HeadlessStarter sessions, CollectorStarter collectors) {
}
