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
}
