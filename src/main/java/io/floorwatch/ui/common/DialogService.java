package io.floorwatch.ui.common;

import java.io.File;
import java.util.Optional;

/** Dialogs as ViewModels ask for them; replaced in tests. */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Asks where to save a file; empty when the user cancels. */
    Optional<File> chooseSaveFile(String title, String suggestedName, String extension);

    /** Asks which file to open, of these extensions (without dots); empty when the user cancels. */
    Optional<File> chooseOpenFile(String title, String... extensions);

    /**
     * Asks a question with two answers, {@code yes} and {@code no} (their buttons' words: "Replace", "Keep both").
     * True only for an explicit yes; closing the dialog is no. By default no: a service that cannot ask changes
     * nothing.
     */
    default boolean confirm(String title, String message, String yes, String no) {
        return false;
    }

    /** Asks for a line of text, offering {@code initial}; empty when the user cancels (or cannot be asked). */
    default Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }
}
