package io.floorwatch.ui.views;

import io.floorwatch.ui.common.DialogService;

import java.io.File;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dialogs for the saved views' tests: what was shown and asked is recorded; the answers are the test's (a question
 * with no answer queued is answered no, a text prompt with none is cancelled).
 */
final class ScriptedDialogs implements DialogService {
    final List<String> shown = new CopyOnWriteArrayList<>();
    final List<String> asked = new CopyOnWriteArrayList<>();
    final Deque<Boolean> confirms = new ArrayDeque<>();
    final Deque<String> texts = new ArrayDeque<>();
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
        asked.add("save as " + suggestedName);
        return Optional.ofNullable(saveAs);
    }

    @Override
    public Optional<File> chooseOpenFile(String title, String... extensions) {
        return Optional.ofNullable(open);
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        asked.add(title + " " + message + " [" + yes + "/" + no + "]");
        return !confirms.isEmpty() && confirms.pop();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        asked.add(title + ": " + prompt);
        return Optional.ofNullable(texts.poll());
    }
}
