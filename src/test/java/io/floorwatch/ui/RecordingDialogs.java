package io.floorwatch.ui;

import io.floorwatch.ui.common.DialogService;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Dialogs for UI tests: messages are recorded, and save dialogs answer with the file the test set. */
final class RecordingDialogs implements DialogService {
    final List<String> shown = new CopyOnWriteArrayList<>();
    volatile File saveAs;
    volatile File open;

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
