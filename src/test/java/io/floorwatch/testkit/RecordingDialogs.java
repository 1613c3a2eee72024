package io.floorwatch.testkit;

import io.floorwatch.ui.common.DialogService;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dialogs for UI and ViewModel tests: messages are recorded, and the file dialogs answer with the file the test
 * set (none: the supervisor cancelled).
 */
public final class RecordingDialogs implements DialogService {
    public final List<String> shown = new CopyOnWriteArrayList<>();
    public volatile File saveAs;
    public volatile File open;

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public Optional<File> chooseSaveFile(String title, String suggestedName, String extension) {
        return Optional.ofNullable(saveAs);
    }

    @Override
    public Optional<File> chooseOpenFile(String title, String... extensions) {
        return Optional.ofNullable(open);
    }
}
