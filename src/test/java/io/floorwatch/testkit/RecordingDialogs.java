package io.floorwatch.testkit;

import io.floorwatch.ui.common.DialogService;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dialogs for UI and ViewModel tests: messages and questions are recorded, the file dialogs answer with the file the
 * test set (none: the supervisor cancelled), and a question is answered with the next answer the test queued (none:
 * no, as a dialog closed without an answer).
 */
public final class RecordingDialogs implements DialogService {
    public final List<String> shown = new CopyOnWriteArrayList<>();
    /** Each question asked: "title: message [yes/no]". */
    public final List<String> asked = new CopyOnWriteArrayList<>();
    /** The answers to the next questions, in order. */
    public final Queue<Boolean> answers = new ConcurrentLinkedQueue<>();
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

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        asked.add(title + ": " + message + " [" + yes + "/" + no + "]");
        return Boolean.TRUE.equals(answers.poll());
    }
}
